using Linli.Core.Features.Requests;

namespace Linli.Core.Features.Catalogue;

/// <summary>
/// 补正期间不计入承诺时限: the promised limit stops while an application waits for the applicant's
/// supplementary materials and resumes on resubmission. Each wait — from "ask for materials" to
/// "materials resubmitted" — is measured in working time on the work calendar, and the due time
/// moves forward by it when the materials come back. The history holds the waits; nothing else is stored.
/// </summary>
public static class MaterialsPause
{
    /// <summary>On resubmission: moves DueAt forward by the working time of the wait that just ended; returns it.</summary>
    public static TimeSpan ExtendDue(ServiceApplication application, WorkCalendar calendar, DateTime resubmittedAt)
    {
        var asked = application.History.Where(t => t.Action == ApplicationAction.RequestMaterials).Select(t => (DateTime?)t.At).Max();
        var waited = asked is { } at ? calendar.WorkingTimeBetween(at, resubmittedAt) : TimeSpan.Zero;
        if (waited > TimeSpan.Zero)
        {
            application.DueAt = calendar.AddWorkingHours(application.DueAt, waited.TotalHours);
        }
        return waited;
    }

    /// <summary>Working time spent waiting for 补正 so far: ended waits, plus the current one while it lasts.</summary>
    public static TimeSpan Total(IEnumerable<ApplicationTransition> history, WorkCalendar calendar, DateTime now)
    {
        var total = TimeSpan.Zero;
        DateTime? asked = null;
        foreach (var t in history.OrderBy(t => t.At).ThenBy(t => t.Id))
        {
            if (t.Action == ApplicationAction.RequestMaterials)
            {
                asked = t.At;
            }
            else if (t.Action == ApplicationAction.Resubmit && asked is { } from)
            {
                (total, asked) = (total + calendar.WorkingTimeBetween(from, t.At), null);
            }
        }
        return asked is { } open ? total + calendar.WorkingTimeBetween(open, now) : total;
    }
}
