namespace Linli.Core.Features.Admission;

/// <summary>
/// The demo city's duty list (演示数据), modelled on published lists: statutory duties of an urban
/// residents' committee, matters it assists government with, and a negative list of certificates
/// and work communities no longer do. The 2026 version drops two assisting duties and lists more
/// abolished certificates, so the diff view has something to show.
/// </summary>
public static class DemoDutyList
{
    private const string Law = "《中华人民共和国城市居民委员会组织法》";

    private static readonly PublishDutyList.Entry[] Statutory =
    [
        new("依法履职事项", "宣传宪法、法律、法规和国家的政策", Law + "第三条", "民政局", false, false, null),
        new("依法履职事项", "召集居民会议，执行居民会议的决定", Law + "第三条、第十条", "民政局", false, false, null),
        new("依法履职事项", "办理本居住地区居民的公共事务和公益事业", Law + "第三条", "民政局", false, false, null),
        new("依法履职事项", "调解民间纠纷", "《中华人民共和国人民调解法》", "司法局", false, false, null),
        new("依法履职事项", "协助维护社会治安", Law + "第三条", "公安局", false, false, null),
        new("依法履职事项", "向人民政府反映居民的意见、要求和提出建议", Law + "第三条", "民政局", false, false, null),
        new("依法履职事项", "组织居民依法开展民主选举、民主协商", Law + "第八条", "民政局", false, false, null),
        new("依法履职事项", "居务公开", "《城乡社区治理意见》", "民政局", false, false, null),
        new("依法履职事项", "组织开展社区志愿服务", "《志愿服务条例》", "民政局", false, false, null),
        new("依法履职事项", "管理社区公共服务设施", "地方规定", "民政局", false, false, null),
        new("依法履职事项", "开展社区文化体育活动", "地方规定", "文广旅局", false, false, nameof(AdmissionKind.Training)),
        new("依法履职事项", "实有人口信息采集更新", "地方规定", "公安局", false, false, nameof(AdmissionKind.Survey)),
    ];

    private static readonly PublishDutyList.Entry[] Assisting2024 =
    [
        new("依法协助事项", "协助做好居民健康档案管理", "《基本公共卫生服务规范》", "卫健委", true, false, null),
        new("依法协助事项", "协助开展城乡居民医疗保险参保登记", "《社会保险法》", "医保局", true, false, null),
        new("依法协助事项", "协助做好最低生活保障申请受理", "《社会救助暂行办法》", "民政局", true, true, null),
        new("依法协助事项", "协助开展人口普查等国家统计调查", "《统计法》", "统计局", true, true, nameof(AdmissionKind.Survey)),
        new("依法协助事项", "协助做好退役军人服务保障", "《退役军人保障法》", "退役军人事务局", true, false, null),
        new("依法协助事项", "协助开展家庭医生签约宣传", "国家卫健委文件", "卫健委", true, false, null),
        new("依法协助事项", "协助开展征兵宣传", "《兵役法》", "人武部", false, false, null),
        new("依法协助事项", "协助开展爱国卫生运动", "《爱国卫生工作条例》（地方）", "卫健委", true, false, null),
    ];

    private static readonly PublishDutyList.Entry[] Negative2024 =
    [
        new("负面清单", "居住证明", "国务院关于取消一批证明事项的决定", "公安局", false, false, nameof(AdmissionKind.Certificate)),
        new("负面清单", "无犯罪记录证明", "公安部规定由公安机关出具", "公安局", false, false, nameof(AdmissionKind.Certificate)),
        new("负面清单", "亲属关系证明", "国务院关于取消一批证明事项的决定", "民政局", false, false, nameof(AdmissionKind.Certificate)),
    ];

    private static readonly PublishDutyList.Entry[] Negative2026Extra =
    [
        new("负面清单", "婚姻状况证明", "婚姻登记机关依法出具", "民政局", false, false, nameof(AdmissionKind.Certificate)),
        new("负面清单", "出生医学证明相关证明", "医疗机构出具", "卫健委", false, false, nameof(AdmissionKind.Certificate)),
        new("负面清单", "要求社区为部门创建文明城市考核建立纸质台账", "减负文件：不得要求社区报送纸质台账", "", false, false, nameof(AdmissionKind.NewLedger)),
        new("负面清单", "部门工作挂牌", "减负文件：清理规范社区挂牌", "", false, false, nameof(AdmissionKind.Plaque)),
    ];

    public static IReadOnlyList<PublishDutyList.Entry> Version2024 => [.. Statutory, .. Assisting2024, .. Negative2024];

    public static IReadOnlyList<PublishDutyList.Entry> Version2026 =>
        [.. Statutory, .. Assisting2024.Where(e => e.Title is not ("协助开展征兵宣传" or "协助开展爱国卫生运动")), .. Negative2024, .. Negative2026Extra];
}
