using System.Net;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Vacancies;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// Staff emails (panel assignment, scoring and mentoring reminders, invitations) are written in the reader's
/// language, whatever the language of the person or job that causes them. Accounts are the tests' own.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchEmailTests(PortalFactory factory)
{
    [Fact]
    public async Task Panel_assignment_and_scoring_reminders_reach_each_assessor_in_their_language()
    {
        var french = await AccountAsync("fr-assessor", "fr", Roles.Assessor);
        var english = await AccountAsync("en-assessor", "en", Roles.Assessor);
        var vacancyId = await Arrange.QueryAsync(factory, db => db.Vacancies
            .Where(v => v.Status != VacancyStatus.Draft && v.ScoringDeadlineUtc != null && db.Applications.Any(a => a.VacancyId == v.Id &&
                (a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Assessment || a.Stage == ApplicationStage.Interview)))
            .OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());

        // HR works in English; each assessor still reads their own language.
        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync("hr@portal.test");
        try
        {
            foreach (var assessor in new[] { french, english })
            {
                var details = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}");
                ((AngleSharp.Html.Dom.IHtmlSelectElement)details.QuerySelector("#AssessorId")!).Value = assessor.Id;
                Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(details, "#assign-form")).StatusCode);
            }

            var frenchPanel = Assert.Single(Mailbox.For(factory, french.Email));
            Assert.StartsWith("Vous faites partie du jury d’évaluation pour ", frenchPanel.Subject, StringComparison.Ordinal);
            Assert.Contains("<p>Bonjour Test fr-assessor,</p>", frenchPanel.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("Les notes sont attendues au plus tard le ", frenchPanel.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("Ouvrir vos évaluations</a>", frenchPanel.HtmlBody, StringComparison.Ordinal);
            AssertFrenchDate(frenchPanel);
            var englishPanel = Assert.Single(Mailbox.For(factory, english.Email));
            Assert.StartsWith("You are on the assessment panel for ", englishPanel.Subject, StringComparison.Ordinal);
            Assert.Contains("Scores are due by ", englishPanel.HtmlBody, StringComparison.Ordinal);

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AssessorReminderJob>().RunAsync(CancellationToken.None);
            }

            var frenchReminder = Mailbox.For(factory, french.Email).Last();
            Assert.Matches(@"^Rappel : \d+ candidatures? attendent? vos notes$", frenchReminder.Subject);
            Assert.Contains("Ces candidatures examinées par vos jurys attendent vos notes :", frenchReminder.HtmlBody, StringComparison.Ordinal);
            Assert.Contains(" à noter, au plus tard le ", frenchReminder.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<em>Évaluations</em>", frenchReminder.HtmlBody, StringComparison.Ordinal);
            var englishReminder = Mailbox.For(factory, english.Email).Last();
            Assert.Matches(@"^Reminder: \d+ applications? waits? for your scores$", englishReminder.Subject);
            Assert.Contains(" to score, due by ", englishReminder.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var panels = scope.ServiceProvider.GetRequiredService<PanelAdministration>();
            foreach (var assessor in new[] { french, english })
            {
                if (await Arrange.QueryAsync(factory, db => db.Set<PanelMember>().AnyAsync(p => p.VacancyId == vacancyId && p.AssessorId == assessor.Id)))
                {
                    await panels.RemoveAsync(assessor.Id, vacancyId, assessor.Id);
                }
            }
        }
    }

    [Fact]
    public async Task An_overdue_pair_is_reminded_each_side_in_its_own_language()
    {
        var mentor = await AccountAsync("en-mentor", "en", Roles.Mentor);
        var mentee = await AccountAsync("fr-mentee", "fr", Roles.HeadOfMission);
        int mentorshipId, mentorProfileId, menteeProfileId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var mentorProfile = new MentorProfile(mentor.Id, "Kofi Mensah", 2);
            var menteeProfile = new MenteeProfile(mentee.Id, "Élodie Moreau", await db.Missions.Select(m => m.Id).FirstAsync(), await db.PositionTypes.Select(p => p.Id).FirstAsync(), DateOnly.FromDateTime(now.AddDays(-200)));
            db.AddRange(mentorProfile, menteeProfile);
            await db.SaveChangesAsync();
            var pair = new Mentorship(mentorProfile.Id, menteeProfile.Id, MeetingCadence.Monthly, ["Négocier un cessez-le-feu"], now.AddDays(-70));
            pair.AcceptByMentor(now.AddDays(-68));
            pair.AcceptByMentee(now.AddDays(-67));
            db.Mentorships.Add(pair);
            await db.SaveChangesAsync();
            (mentorshipId, mentorProfileId, menteeProfileId) = (pair.Id, mentorProfile.Id, menteeProfile.Id);
        }

        try
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MentoringReminderJob>().RunAsync(CancellationToken.None);
            }

            var french = Assert.Single(Mailbox.For(factory, mentee.Email));
            Assert.Equal("Rappel : il est temps d’organiser une séance de mentorat avec Kofi Mensah", french.Subject);
            Assert.Contains("<p>Bonjour Élodie Moreau,</p>", WebUtility.HtmlDecode(french.HtmlBody), StringComparison.Ordinal);
            Assert.Contains("Kofi Mensah et vous êtes convenu(e)s de vous rencontrer tous les mois, et aucune séance n’a été enregistrée depuis le début du mentorat.", WebUtility.HtmlDecode(french.HtmlBody), StringComparison.Ordinal);
            Assert.Contains("<em>Mentorat</em>", french.HtmlBody, StringComparison.Ordinal);
            var english = Assert.Single(Mailbox.For(factory, mentor.Email));
            Assert.Equal("Reminder: time for a mentoring session with Élodie Moreau", english.Subject);
            Assert.Contains("agreed to meet every month, and no session has been logged since the mentorship started.", english.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Mentorships.Where(m => m.Id == mentorshipId).ExecuteDeleteAsync();
            await db.Mentors.Where(m => m.Id == mentorProfileId).ExecuteDeleteAsync();
            await db.Mentees.Where(m => m.Id == menteeProfileId).ExecuteDeleteAsync();
        }
    }

    [Theory]
    [InlineData("fr", "Vous êtes invité(e) à rejoindre LeadershipPortal", "en tant que : Évaluateur", "Choisissez votre mot de passe</a>")]
    [InlineData("en", "You are invited to LeadershipPortal", "as Assessor.", "Choose your password</a>")]
    public async Task An_invitation_is_written_in_the_language_chosen_on_the_form_and_kept_for_later_emails(string language, string subject, string roles, string link)
    {
        var email = $"invitee-{language}-{Guid.NewGuid():N}@example.org";
        var admin = factory.CreatePortalClient();
        await admin.SignInOrFailAsync("admin@portal.test");
        var invite = await admin.GetDocumentAsync("/Admin/Users/Invite");
        invite.SetCheckboxes("main form", "Input.Roles", [Roles.Assessor]);
        var response = await admin.SubmitAsync(invite, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nadia Haddad",
            ["Input.Email"] = email,
            ["Input.Language"] = language,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(Mailbox.For(factory, email));
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(roles, WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        Assert.Contains(link, mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(language, await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync()));
    }

    private static void AssertFrenchDate(MimeMessage mail) =>
        Assert.Matches(@"au plus tard le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}", mail.HtmlBody);

    private async Task<(string Email, string Id)> AccountAsync(string prefix, string language, string role)
    {
        var account = await TestUsers.CreateAsync(factory, prefix, role);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        (await db.Users.SingleAsync(u => u.Id == account.Id)).PreferredLanguage = language;
        await db.SaveChangesAsync();
        return account;
    }
}
