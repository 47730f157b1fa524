using Linli.Core.Common;

namespace Linli.Core.Features.Workers;

public enum WorkerPost
{
    Secretary = 1,        // 书记
    Director = 2,         // 主任
    DeputyDirector = 3,   // 副主任
    CommitteeMember = 4,  // 委员
    SocialWorker = 5,     // 专职社工
    GridWorker = 6,       // 网格员
    PublicWelfarePost = 7, // 公益性岗位
}

public enum EmploymentType
{
    Established = 1,        // 在编
    Elected = 2,            // 选举产生
    Seconded = 3,           // 部门选派
    OpenRecruitment = 4,    // 公开招聘
    Temporary = 5,          // 临时聘用
    EnterpriseTransfer = 6, // 企业分流
    PublicWelfare = 7,      // 公益岗
}

public enum Education
{
    JuniorHighOrBelow = 1, // 初中及以下
    HighSchool = 2,        // 高中/中专
    College = 3,           // 大专
    Bachelor = 4,          // 本科
    Postgraduate = 5,      // 研究生
}

public enum Certificate
{
    None = 0,              // 无
    AssistantSocialWorker = 1, // 助理社会工作师
    SocialWorker = 2,      // 社会工作师
    SeniorSocialWorker = 3, // 高级社会工作师
}

/// <summary>Chinese names of the roster's closed lists, as the template and the forms write them.</summary>
public static class WorkerVocabulary
{
    public static readonly IReadOnlyDictionary<WorkerPost, Bilingual> Posts = new Dictionary<WorkerPost, Bilingual>
    {
        [WorkerPost.Secretary] = new("书记", "Party secretary"),
        [WorkerPost.Director] = new("主任", "Director"),
        [WorkerPost.DeputyDirector] = new("副主任", "Deputy director"),
        [WorkerPost.CommitteeMember] = new("委员", "Committee member"),
        [WorkerPost.SocialWorker] = new("专职社工", "Full-time social worker"),
        [WorkerPost.GridWorker] = new("网格员", "Grid worker"),
        [WorkerPost.PublicWelfarePost] = new("公益性岗位", "Public-welfare post"),
    };

    public static readonly IReadOnlyDictionary<EmploymentType, Bilingual> Employment = new Dictionary<EmploymentType, Bilingual>
    {
        [EmploymentType.Established] = new("在编", "Established post"),
        [EmploymentType.Elected] = new("选举产生", "Elected"),
        [EmploymentType.Seconded] = new("部门选派", "Seconded by a department"),
        [EmploymentType.OpenRecruitment] = new("公开招聘", "Open recruitment"),
        [EmploymentType.Temporary] = new("临时聘用", "Temporary"),
        [EmploymentType.EnterpriseTransfer] = new("企业分流", "Transferred from an enterprise"),
        [EmploymentType.PublicWelfare] = new("公益岗", "Public-welfare job"),
    };

    public static readonly IReadOnlyDictionary<Education, Bilingual> Educations = new Dictionary<Education, Bilingual>
    {
        [Education.JuniorHighOrBelow] = new("初中及以下", "Junior high or below"),
        [Education.HighSchool] = new("高中/中专", "High school"),
        [Education.College] = new("大专", "College"),
        [Education.Bachelor] = new("本科", "Bachelor"),
        [Education.Postgraduate] = new("研究生", "Postgraduate"),
    };

    public static readonly IReadOnlyDictionary<Certificate, Bilingual> Certificates = new Dictionary<Certificate, Bilingual>
    {
        [Certificate.None] = new("无", "None"),
        [Certificate.AssistantSocialWorker] = new("助理社会工作师", "Assistant social worker"),
        [Certificate.SocialWorker] = new("社会工作师", "Social worker"),
        [Certificate.SeniorSocialWorker] = new("高级社会工作师", "Senior social worker"),
    };

    // Spellings seen in real rosters besides the canonical names.
    private static readonly Dictionary<string, Education> EducationAliases = new()
    {
        ["初中"] = Education.JuniorHighOrBelow, ["小学"] = Education.JuniorHighOrBelow,
        ["高中"] = Education.HighSchool, ["中专"] = Education.HighSchool, ["职高"] = Education.HighSchool,
        ["专科"] = Education.College, ["大学本科"] = Education.Bachelor,
        ["硕士"] = Education.Postgraduate, ["博士"] = Education.Postgraduate, ["硕士研究生"] = Education.Postgraduate,
    };

    public static T? Parse<T>(IReadOnlyDictionary<T, Bilingual> names, string text) where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var (value, name) in names)
        {
            if (name.Zh == trimmed || string.Equals(name.En, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(value.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return typeof(T) == typeof(Education) && EducationAliases.TryGetValue(trimmed, out var e) ? (T)(object)e : null;
    }

    public static string Choices<T>(IReadOnlyDictionary<T, Bilingual> names) where T : notnull => string.Join("、", names.Values.Select(n => n.Zh));
}
