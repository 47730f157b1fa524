using Linli.Core.Common;

namespace Linli.Core.Features.Audit;

public static class AuditActionNames
{
    public static Bilingual Of(string action) => action switch
    {
        AuditActions.SignIn => new("登录", "Sign-in"),
        AuditActions.SignInFailed => new("登录失败", "Failed sign-in"),
        AuditActions.Disclose => new("查看完整号码", "Disclosure"),
        AuditActions.Import => new("导入", "Import"),
        AuditActions.Export => new("导出", "Export"),
        AuditActions.Create => new("新增", "Create"),
        AuditActions.Update => new("修改", "Update"),
        AuditActions.Delete => new("删除", "Delete"),
        AuditActions.DemoSeed => new("加载演示数据", "Demo data loaded"),
        AuditActions.Backup => new("备份数据库", "Database backup"),
        AuditActions.Restore => new("恢复数据库", "Database restore"),
        _ => new(action, action),
    };
}
