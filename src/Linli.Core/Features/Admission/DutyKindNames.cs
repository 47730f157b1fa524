using Linli.Core.Common;

namespace Linli.Core.Features.Admission;

public static class DutyKindNames
{
    public static Bilingual Of(DutyKind kind) => kind switch
    {
        DutyKind.Statutory => new("依法履职事项", "Statutory duty"),
        DutyKind.Assisting => new("依法协助事项", "Assisting duty"),
        DutyKind.Negative => new("负面清单", "Negative list"),
        _ => new(kind.ToString(), kind.ToString()),
    };

    public static DutyKind? Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (Enum.TryParse<DutyKind>(t, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(t, out _))
        {
            return kind;
        }
        return Enum.GetValues<DutyKind>().Cast<DutyKind?>().FirstOrDefault(k => Of(k!.Value).Zh == t);
    }
}
