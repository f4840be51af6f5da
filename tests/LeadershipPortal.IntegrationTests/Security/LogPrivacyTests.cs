using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class LogPrivacyTests(PortalFactory factory)
{
    [Fact]
    public async Task The_log_of_a_journey_holds_no_names_emails_or_passwords()
    {
        // A candidate mistypes, signs in, reads their data and opens an application; HR and Admin look them up.
        var candidate = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await candidate.SignInAsync("candidate43@portal.test", "Wrong!Password2026")).StatusCode);
        await candidate.SignInOrFailAsync("candidate43@portal.test");
        await candidate.GetDocumentAsync("/Candidate/Profile");
        await candidate.GetDocumentAsync("/Candidate/MyData");
        var list = await candidate.GetDocumentAsync("/Vacancies");
        var vacancy = await candidate.GetDocumentAsync(list.QuerySelector("tbody a")!.GetAttribute("href")!);
        var applyLink = vacancy.QuerySelector("a[href^='/Candidate/Apply/']")?.GetAttribute("href");
        await candidate.GetAsync(applyLink ?? "/Candidate");

        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync("hr@portal.test");
        var vacancyId = await Arrange.QueryAsync(factory, db => db.Vacancies.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        var admin = factory.CreatePortalClient();
        await admin.SignInOrFailAsync("admin@portal.test");
        await admin.GetDocumentAsync("/Admin/Users?search=candidate43");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync("nobody.at.all@example.org", Accounts.DemoPassword)).StatusCode);

        // Everything the host logged so far (this journey and every test before it) is scanned.
        var log = string.Join('\n', factory.Logs.Lines);
        Assert.NotEmpty(factory.Logs.Lines);
        var people = await Arrange.QueryAsync(factory, db => db.Users.Select(u => new { u.Email, u.DisplayName }).ToListAsync());
        var secrets = people.SelectMany(p => new[] { p.Email!, p.DisplayName })
            .Where(s => s.Length >= 6)
            .Concat([Accounts.DemoPassword, "Wrong!Password2026", "nobody.at.all@example.org"])
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
