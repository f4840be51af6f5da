using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Jobs;

/// <summary>
/// Every morning, both sides of each active pair that has gone longer than its cadence without a session get a
/// reminder. Safe to run twice: it only reads and sends. Summaries and notes are never put in an email.
/// </summary>
public sealed partial class MentoringReminderJob(PortalDbContext db, IEmailSender email, IStringLocalizer<SharedResource> localizer, TimeProvider time, ILogger<MentoringReminderJob> logger)
{
    public const string Id = "mentoring-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var active = await (
            from ms in db.Mentorships.AsNoTracking()
            where ms.Status == MentorshipStatus.Active
            join mo in db.Mentors on ms.MentorId equals mo.Id
            join me in db.Mentees on ms.MenteeId equals me.Id
            join mu in db.Users on mo.UserId equals mu.Id
            join eu in db.Users on me.UserId equals eu.Id
            select new
            {
                ms.Status, ms.Cadence, ms.StartedAtUtc,
                Last = ms.Sessions.Max(s => (DateTime?)s.HeldAtUtc),
                MentorEmail = mu.Email, MentorName = mo.FullName, MentorLanguage = mu.PreferredLanguage,
                MenteeEmail = eu.Email, MenteeName = me.FullName, MenteeLanguage = eu.PreferredLanguage,
            })
            .ToListAsync(cancellationToken);

        var overdue = active.Where(p => Mentorship.IsOverdue(p.Status, p.Cadence, p.StartedAtUtc, p.Last, now)).ToList();
        foreach (var pair in overdue)
        {
            var sides = new[] { (pair.MentorEmail, pair.MentorLanguage, pair.MentorName, pair.MenteeName), (pair.MenteeEmail, pair.MenteeLanguage, pair.MenteeName, pair.MentorName) };
            foreach (var (to, language, name, other) in sides)
            {
                await email.SendInAsync(to!, language, () => (
                    localizer["Reminder: time for a mentoring session with {0}", other],
                    localizer.Greeting(name) +
                    (pair.Last is { } last
                        ? localizer.Paragraph("You and {0} agreed to meet {1}, and no session has been logged since {2:d MMMM yyyy}.", LocalizedEmail.Encode(other), localizer[Every(pair.Cadence)], last)
                        : localizer.Paragraph("You and {0} agreed to meet {1}, and no session has been logged since the mentorship started.", LocalizedEmail.Encode(other), localizer[Every(pair.Cadence)])) +
                    localizer.Paragraph("Sign in to LeadershipPortal and open <em>Mentoring</em>.")));
            }
        }

        Sent(logger, overdue.Count);
        return overdue.Count;
    }

    private static string Every(MeetingCadence cadence) => cadence switch
    {
        MeetingCadence.Fortnightly => "every two weeks",
        MeetingCadence.Monthly => "every month",
        _ => "every quarter",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent mentoring reminders for {Count} overdue pairs")]
    private static partial void Sent(ILogger logger, int count);
}
