using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Applications;

/// <summary>
/// Tells candidates, by email, what they may see of their applications: the receipt on submission and each
/// change of the status shown to them (internal steps that do not change it send nothing). Each message is written
/// in the candidate's language (<c>PortalUser.PreferredLanguage</c>), whoever's request caused it.
/// </summary>
public sealed class CandidateNotifier(PortalDbContext db, IEmailSender email, IStringLocalizer<SharedResource> localizer)
{
    public async Task SubmittedAsync(int applicationId, CancellationToken cancellationToken = default)
    {
        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await SendAsync(info, () => (
            localizer["Application received: {0}", info.VacancyTitle],
            Greeting(info) +
            Paragraph("We have received your application for <strong>{0}</strong> ({1}) on {2:d MMMM yyyy, HH:mm} UTC.", Encode(info.VacancyTitle), Encode(info.VacancyKey), info.SubmittedAtUtc ?? default) +
            Paragraph("Your application is now frozen. You can follow its status, and withdraw it if you wish, from <em>My applications</em> in LeadershipPortal.")));
    }

    /// <summary>Sends a message when the status the candidate sees has changed between the two stages.</summary>
    public async Task StageChangedAsync(int applicationId, ApplicationStage from, ApplicationStage to, CancellationToken cancellationToken = default)
    {
        if (ApplicationStages.CandidateStatus(from) == ApplicationStages.CandidateStatus(to))
        {
            return;
        }

        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await SendAsync(info, () =>
        {
            var after = localizer.CandidateStatus(to);
            return (
                localizer["Your application for {0}: {1}", info.VacancyTitle, after],
                Greeting(info) +
                Paragraph("The status of your application for <strong>{0}</strong> is now: <strong>{1}</strong>.", Encode(info.VacancyTitle), Encode(after)) +
                Paragraph("See <em>My applications</em> in LeadershipPortal for its timeline."));
        });
    }

    public async Task FeedbackReleasedAsync(int applicationId, CancellationToken cancellationToken = default)
    {
        var info = await LoadAsync(applicationId, cancellationToken);
        if (info is null)
        {
            return;
        }

        await SendAsync(info, () => (
            localizer["Feedback on your application for {0}", info.VacancyTitle],
            Greeting(info) +
            Paragraph("The selection panel's feedback on your application for <strong>{0}</strong> is now available in <em>My applications</em>, with its ratings per competency.", Encode(info.VacancyTitle))));
    }

    private Task SendAsync(Recipient info, Func<(string Subject, string Body)> write) => email.SendInAsync(info.Email, info.Language, write);

    private string Greeting(Recipient info) => localizer.Greeting(info.Name);

    private string Paragraph(string template, params object[] values) => localizer.Paragraph(template, values);

    private static string Encode(string text) => LocalizedEmail.Encode(text);

    private async Task<Recipient?> LoadAsync(int applicationId, CancellationToken cancellationToken) => await (
        from a in db.Applications.AsNoTracking()
        where a.Id == applicationId
        join c in db.Candidates on a.CandidateId equals c.Id
        join u in db.Users on c.UserId equals u.Id
        join v in db.Vacancies on a.VacancyId equals v.Id
        select new Recipient(u.Email!, c.FullName, v.Title, v.Key, a.SubmittedAtUtc, u.PreferredLanguage))
        .SingleOrDefaultAsync(cancellationToken);

    private sealed record Recipient(string Email, string Name, string VacancyTitle, string VacancyKey, DateTime? SubmittedAtUtc, string Language);
}
