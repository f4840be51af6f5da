using System.Text.Encodings.Web;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Jobs;

/// <summary>
/// Every morning, each assessor with ratings still due gets one email listing what waits and by when.
/// Assessors with nothing due get nothing. Safe to run twice: it only reads and sends.
/// </summary>
public sealed partial class AssessorReminderJob(PortalDbContext db, IEmailSender email, ILogger<AssessorReminderJob> logger)
{
    public const string Id = "assessor-reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var due = await (
            from p in db.Set<PanelMember>()
            join v in db.Vacancies on p.VacancyId equals v.Id
            where v.Status != VacancyStatus.Draft
            join a in db.Applications on v.Id equals a.VacancyId
            where a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Assessment || a.Stage == ApplicationStage.Interview
            where !db.Assessments.Any(x => x.ApplicationId == a.Id && x.AssessorId == p.AssessorId &&
                                           (x.Conflict == ConflictDeclaration.Recused || (x.Stage == a.Stage && x.SubmittedAtUtc != null)))
            join u in db.Users on p.AssessorId equals u.Id
            group new { v.Title, v.Key, v.ScoringDeadlineUtc } by new { u.Email, u.DisplayName } into g
            select new { g.Key.Email, g.Key.DisplayName, Items = g.ToList() })
            .ToListAsync(cancellationToken);

        foreach (var assessor in due)
        {
            var lines = assessor.Items
                .GroupBy(i => new { i.Title, i.Key, i.ScoringDeadlineUtc })
                .Select(g => $"<li>{HtmlEncoder.Default.Encode(g.Key.Title)} ({HtmlEncoder.Default.Encode(g.Key.Key)}): {g.Count()} to score{(g.Key.ScoringDeadlineUtc is { } d ? $", due by {d:d MMMM yyyy}" : string.Empty)}</li>");
            await email.SendEmailAsync(
                assessor.Email!,
                $"Reminder: {assessor.Items.Count} application{(assessor.Items.Count == 1 ? "" : "s")} wait for your scores",
                $"<p>Dear {HtmlEncoder.Default.Encode(assessor.DisplayName)},</p><p>These applications on your panels wait for your ratings:</p><ul>{string.Concat(lines)}</ul><p>Sign in to LeadershipPortal and open <em>Assessments</em>.</p>");
        }

        Sent(logger, due.Count);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent scoring reminders to {Count} assessors")]
    private static partial void Sent(ILogger logger, int count);
}
