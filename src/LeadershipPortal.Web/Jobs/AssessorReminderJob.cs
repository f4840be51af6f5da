using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Jobs;

/// <summary>
/// Every morning, each assessor with ratings still due gets one email listing what waits and by when.
/// Assessors with nothing due get nothing. Safe to run twice: it only reads and sends.
/// </summary>
public sealed partial class AssessorReminderJob(PortalDbContext db, IEmailSender email, IStringLocalizer<SharedResource> localizer, ILogger<AssessorReminderJob> logger)
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
            group new { v.Title, v.Key, v.ScoringDeadlineUtc } by new { u.Email, u.DisplayName, u.PreferredLanguage } into g
            select new { g.Key.Email, g.Key.DisplayName, g.Key.PreferredLanguage, Items = g.ToList() })
            .ToListAsync(cancellationToken);

        foreach (var assessor in due)
        {
            await email.SendInAsync(assessor.Email!, assessor.PreferredLanguage, () =>
            {
                var lines = assessor.Items
                    .GroupBy(i => new { i.Title, i.Key, i.ScoringDeadlineUtc })
                    .Select(g => $"<li>{(g.Key.ScoringDeadlineUtc is { } deadline
                        ? localizer["{0} ({1}): {2} to score, due by {3:d MMMM yyyy}", LocalizedEmail.Encode(g.Key.Title), LocalizedEmail.Encode(g.Key.Key), g.Count(), deadline]
                        : localizer["{0} ({1}): {2} to score", LocalizedEmail.Encode(g.Key.Title), LocalizedEmail.Encode(g.Key.Key), g.Count()])}</li>");
                return (
                    localizer[assessor.Items.Count == 1 ? "Reminder: {0} application waits for your scores" : "Reminder: {0} applications wait for your scores", assessor.Items.Count],
                    localizer.Greeting(assessor.DisplayName) +
                    localizer.Paragraph("These applications on your panels wait for your ratings:") +
                    $"<ul>{string.Concat(lines)}</ul>" +
                    localizer.Paragraph("Sign in to LeadershipPortal and open <em>Assessments</em>."));
            });
        }

        Sent(logger, due.Count);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent scoring reminders to {Count} assessors")]
    private static partial void Sent(ILogger logger, int count);
}
