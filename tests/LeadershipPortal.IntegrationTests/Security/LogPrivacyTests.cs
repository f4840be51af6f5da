using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class LogPrivacyTests(PortalFactory factory)
{
    [Fact]
    public async Task The_log_of_a_full_journey_holds_no_names_emails_or_passwords()
    {
        // Its own people: a candidate who registers, an assessor made for this test, and a vacancy HR creates now.
        var suffix = string.Concat(Guid.NewGuid().ToString("N").Take(8).Select(c => (char)('a' + (c % 26))));
        var candidateName = $"Ilse Logscan {char.ToUpperInvariant(suffix[0])}{suffix[1..]}";
        var candidateEmail = $"logscan-{suffix}@example.org";
        var password = $"quiet harbour lantern {suffix}";
        var (assessorEmail, _) = await TestUsers.CreateAsync(factory, $"logscan-{suffix}", Roles.Assessor);
        var mark = factory.Logs.Count;

        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync("hr@portal.test");
        var vacancyId = await SelectionJourneyTests.CreatePublishedVacancyWithPanelAsync(factory, hr, $"LOG-{suffix.ToUpperInvariant()}", "Chief of Staff (log scan)", [assessorEmail]);

        // The candidate registers, completes the profile, uploads a CV, applies; a mistyped password on the way.
        var candidate = factory.CreatePortalClient();
        await CandidateJourneyTests.RegisterWithCompleteProfileAsync(candidate, candidateName, candidateEmail, password);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync(candidateEmail, "Wrong!Password2026")).StatusCode);
        var apply = await candidate.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        var texts = apply.QuerySelectorAll("textarea[name^='Statements[']").ToDictionary(t => t.GetAttribute("name")!, _ => "Situation: talks stalled. Action: I convened the guarantors. Result: the agreement held.");
        texts["Vision"] = "A mission that keeps its political process alive.";
        var submitted = await candidate.SubmitAsync(apply, "#apply-form", texts, "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var applicationId = int.Parse(submitted.Headers.Location!.OriginalString.Split('/', '?')[3], CultureInfo.InvariantCulture);
        await candidate.GetDocumentAsync("/Candidate/MyData");

        // HR moves the application to screening; the assessor declares and scores it through the pages.
        await SelectionJourneyTests.MoveAsync(hr, vacancyId, "Screening", "Meets the published requirements.", applicationId);
        var assessor = factory.CreatePortalClient();
        await assessor.SignInOrFailAsync(assessorEmail);
        var declare = await assessor.GetDocumentAsync($"/Assess/Application/{applicationId}");
        ((IHtmlInputElement)declare.GetElementById("declaration-none")!).IsChecked = true;
        var reason = declare.QuerySelector("#likely-conflicts") is null ? new Dictionary<string, string>() : new() { ["Reason"] = "Never worked together." };
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.SubmitAsync(declare, "#declare-form", reason)).StatusCode);
        var scoring = await assessor.GetDocumentAsync($"/Assess/Application/{applicationId}");
        var competencies = scoring.QuerySelectorAll("#scoring-form fieldset[id^='competency-']").Select(f => f.Id!["competency-".Length..]).ToList();
        Assert.NotEmpty(competencies);
        foreach (var id in competencies)
        {
            ((IHtmlInputElement)scoring.GetElementById($"rating-{id}-4")!).IsChecked = true;
        }

        var evidence = competencies.ToDictionary(id => $"Ratings[{id}].Evidence", _ => "The statement shows a concrete result.");
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.SubmitAsync(scoring, "#scoring-form", evidence, "button[formaction*='handler=Submit']")).StatusCode);

        // HR asks for the candidate's dossier and downloads it when the job has built it.
        var dossiers = await hr.GetDocumentAsync("/Hr/Dossiers");
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(dossiers, "#request-candidate", new Dictionary<string, string> { ["ApplicationId"] = applicationId.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        var requestId = await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.TargetId == applicationId && r.Kind == DossierKind.Candidate).Select(r => r.Id).SingleAsync());
        Assert.Equal("Ready", (await DossierTests.WaitForSettledAsync(hr, requestId)).GetProperty("status").GetString());
        Assert.Equal("%PDF-"u8.ToArray(), (await DossierTests.DownloadAsync(hr, requestId))[..5]);

        var admin = factory.CreatePortalClient();
        await admin.SignInOrFailAsync("admin@portal.test");
        await admin.GetDocumentAsync($"/Admin/Users?search=logscan-{suffix}");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync("nobody.at.all@example.org", Accounts.DemoPassword)).StatusCode);

        // This journey logged something; everything the host logged so far (it and every test before it) is scanned.
        Assert.True(factory.Logs.Count > mark, "The journey logged nothing; the scan would prove nothing.");
        var log = string.Join('\n', factory.Logs.Lines);
        var people = await Arrange.QueryAsync(factory, db => db.Users.Select(u => new { u.Email, u.DisplayName }).ToListAsync());
        Assert.Contains(people, p => p.Email == candidateEmail && p.DisplayName == candidateName);
        var secrets = people.SelectMany(p => new[] { p.Email!, p.DisplayName })
            .Where(s => s.Length >= 6)
            .Concat([Accounts.DemoPassword, password, "Wrong!Password2026", "nobody.at.all@example.org"])
            .Distinct()
            .ToList();
        var leaks = secrets.Where(s => log.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, "The log holds: " + string.Join(", ", leaks.Take(10)));
    }

    [Fact]
    public void Entity_framework_never_logs_parameter_values()
    {
        using var scope = factory.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<PortalDbContext>().GetService<IDbContextOptions>();

        Assert.False(options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()!.IsSensitiveDataLoggingEnabled);
    }

    [Fact]
    public async Task A_failed_sign_in_and_a_lockout_are_audited_without_the_typed_password()
    {
        var (email, userId) = await TestUsers.CreateAsync(factory, "audited", Web.Identity.Roles.Mentor);
        var client = factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "Not-The-Password-" + i);
        }

        var events = await Arrange.QueryAsync(factory, db => db.AuditEvents.Where(e => e.EntityId == userId).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(["SignInFailed", "SignInFailed", "SignInFailed", "SignInFailed", "SignInLockedOut"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.DoesNotContain("Not-The-Password", e.Details, StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(userId, e.ActorUserId));
    }
}
