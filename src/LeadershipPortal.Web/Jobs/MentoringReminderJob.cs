using System.Text.Encodings.Web;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Web.Data;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Jobs;

/// <summary>
/// Every morning, both sides of each active pair that has gone longer than its cadence without a session get a
/// reminder. Safe to run twice: it only reads and sends. Summaries and notes are never put in an email.
/// </summary>
public sealed partial class MentoringReminderJob(PortalDbContext db, IEmailSender email, TimeProvider time, ILogger<MentoringReminderJob> logger)
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
                MentorEmail = mu.Email, MentorName = mo.FullName, MenteeEmail = eu.Email, MenteeName = me.FullName,
            })
            .ToListAsync(cancellationToken);

        var overdue = active.Where(p => Mentorship.IsOverdue(p.Status, p.Cadence, p.StartedAtUtc, p.Last, now)).ToList();
        foreach (var pair in overdue)
        {
            var since = pair.Last is { } last ? $"since {last:d MMMM yyyy}" : "since the mentorship started";
            foreach (var (to, name, other) in new[] { (pair.MentorEmail, pair.MentorName, pair.MenteeName), (pair.MenteeEmail, pair.MenteeName, pair.MentorName) })
            {
                await email.SendEmailAsync(
                    to!,
                    $"Reminder: time for a mentoring session with {other}",
                    $"<p>Dear {HtmlEncoder.Default.Encode(name)},</p><p>You and {HtmlEncoder.Default.Encode(other)} agreed to meet {pair.Cadence.ToString().ToLowerInvariant()}, and no session has been logged {since}.</p><p>Sign in to LeadershipPortal and open <em>Mentoring</em>.</p>");
            }
        }

        Sent(logger, overdue.Count);
        return overdue.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent mentoring reminders for {Count} overdue pairs")]
    private static partial void Sent(ILogger logger, int count);
}
