using System.Text.Encodings.Web;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Web.Data;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Applications;

/// <summary>
/// Tells candidates, by email, what they may see of their applications: the receipt on submission and each
/// change of the status shown to them (internal steps that do not change it send nothing).
/// </summary>
public sealed class CandidateNotifier(PortalDbContext db, IEmailSender email)
{
    public async Task SubmittedAsync(int applicationId, CancellationToken cancellationToken = default)
    {
        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await email.SendEmailAsync(
            info.Email,
            $"Application received: {info.VacancyTitle}",
            $"<p>Dear {Encode(info.Name)},</p>" +
            $"<p>We have received your application for <strong>{Encode(info.VacancyTitle)}</strong> ({Encode(info.VacancyKey)}) on {info.SubmittedAtUtc:d MMMM yyyy, HH:mm} UTC.</p>" +
            "<p>Your application is now frozen. You can follow its status, and withdraw it if you wish, from <em>My applications</em> in LeadershipPortal.</p>");
    }

    /// <summary>Sends a message when the status the candidate sees has changed between the two stages.</summary>
    public async Task StageChangedAsync(int applicationId, ApplicationStage from, ApplicationStage to, CancellationToken cancellationToken = default)
    {
        var before = ApplicationStages.CandidateStatus(from);
        var after = ApplicationStages.CandidateStatus(to);
        if (before == after)
        {
            return;
        }

        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await email.SendEmailAsync(
            info.Email,
            $"Your application for {info.VacancyTitle}: {after}",
            $"<p>Dear {Encode(info.Name)},</p>" +
            $"<p>The status of your application for <strong>{Encode(info.VacancyTitle)}</strong> is now: <strong>{Encode(after)}</strong>.</p>" +
            "<p>See <em>My applications</em> in LeadershipPortal for its timeline.</p>");
    }

    public async Task FeedbackReleasedAsync(int applicationId, CancellationToken cancellationToken = default)
    {
        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await email.SendEmailAsync(
            info.Email,
            $"Feedback on your application for {info.VacancyTitle}",
            $"<p>Dear {Encode(info.Name)},</p>" +
            $"<p>The selection panel's feedback on your application for <strong>{Encode(info.VacancyTitle)}</strong> is now available in <em>My applications</em>, with its ratings per competency.</p>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private async Task<Recipient?> LoadAsync(int applicationId, CancellationToken cancellationToken) => await (
        from a in db.Applications.AsNoTracking()
        where a.Id == applicationId
        join c in db.Candidates on a.CandidateId equals c.Id
        join u in db.Users on c.UserId equals u.Id
        join v in db.Vacancies on a.VacancyId equals v.Id
        select new Recipient(u.Email!, c.FullName, v.Title, v.Key, a.SubmittedAtUtc))
        .SingleOrDefaultAsync(cancellationToken);

    private sealed record Recipient(string Email, string Name, string VacancyTitle, string VacancyKey, DateTime? SubmittedAtUtc);
}
