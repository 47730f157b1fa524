using Linli.Core.Features.Admission;

namespace Linli.Features.Admission;

/// <summary>JSON shapes of the admission API, in the request's language.</summary>
public static class AdmissionJson
{
    public static object Detail(AdmissionQueries.Detail d)
    {
        var r = d.Request;
        return new
        {
            r.Id, r.Title, r.Content, kind = r.Kind.ToString(), kindName = AdmissionKindNames.Of(r.Kind).ToString(), r.DepartmentName,
            target = new { code = d.TargetCode, name = d.TargetName, communities = d.CommunityCount, sample = d.CommunityNames },
            r.Frequency, r.TimesPerYear, r.StartDate, r.EndDate, r.HoursPerCommunity, r.PeopleProvided, r.FundsAmount, r.Authority,
            status = r.Status.ToString(), statusName = AdmissionStatusNames.Of(r.Status).ToString(), r.AdmissionNumber, r.ValidFrom, r.ValidTo,
            r.Conditions, r.Reasons, r.CapOverrideReason, r.RevokeReason, r.FiledAt, r.ClosedAt, r.DecidedBy,
            flags = d.Flags.Flags.Select(f => new { kind = f.Kind.ToString(), message = f.Message.ToString() }),
            dutyList = d.Flags.List is { } list ? new { list.Id, list.Title, list.Number, list.EffectiveFrom } : null,
            matches = d.Flags.Matches.Select(e => new { e.Id, kind = e.Kind.ToString(), e.Title, e.LegalBasis, e.RequiresFunds, e.RequiresPeople }),
            group = new { d.Group.Name, rule = d.Group.Rule.ToString(), members = d.Group.Members.Select(m => new { m.Name, m.IsChair }) },
            opinions = d.Opinions.Select(o => new { o.MemberName, vote = o.Vote.ToString(), o.Comment, o.At }),
            tentative = d.Tentative.ToString(),
            attachments = d.Attachments.Select(a => new { a.Id, a.FileName, a.Size }),
            tasksIssued = d.TasksIssued,
        };
    }
}
