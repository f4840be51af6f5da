using System.Net;
using System.Text.Json;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class PlatformTests(PortalFactory factory)
{
    [Fact]
    public async Task Health_endpoint_reports_a_healthy_database()
    {
        var response = await factory.CreatePortalClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task An_unknown_path_shows_the_friendly_not_found_page()
    {
        var response = await factory.CreatePortalClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/Vacancies']"));
    }

    [Fact]
    public async Task An_unexpected_exception_shows_the_friendly_error_page_with_a_reference_and_no_internals()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Vacancies");
        request.Headers.Add(FaultInjectionInterceptor.Header, "1");

        var response = await factory.CreatePortalClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main code")?.TextContent), "The page gives a reference to quote.");
        Assert.DoesNotContain("Injected fault", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at LeadershipPortal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: the model differs from the last snapshot.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Seeding_a_second_time_changes_nothing()
    {
        var before = await CountRowsAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await SeedingSetup.PrepareAsync(scope.ServiceProvider);
        }

        Assert.Equal(before, await CountRowsAsync());
        Assert.True(before["Users"] >= 60, "The demo data has at least 60 accounts.");
        Assert.True(before["Candidates"] >= 40, "The demo data has at least 40 candidates.");
        Assert.True(before["Vacancies"] >= 6, "The demo data has at least 6 vacancies.");
        Assert.True(before["ConsensusNotes"] >= 1, "The demo data records how panels resolved disagreements.");
    }

    [Fact]
    public async Task The_public_vacancy_list_shows_the_seeded_open_vacancies_and_no_drafts()
    {
        var seeds = SeedFiles.NextToApp().Vacancies();
        var page = await factory.CreatePortalClient().GetDocumentAsync("/Vacancies");
        var titles = page.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()).ToList();

        var open = seeds.Where(v => v.Status == Domain.Vacancies.VacancyStatus.Published && v.OpensDaysFromNow <= 0 && v.ClosesDaysFromNow > 0).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, v => Assert.Contains(v.Title, titles));
        Assert.All(seeds.Where(v => v.Status != Domain.Vacancies.VacancyStatus.Published), v => Assert.DoesNotContain(v.Title, titles));
    }

    [Fact]
    public async Task Vacancy_details_show_mission_needs_and_competencies_but_drafts_are_not_found()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var published = await db.Vacancies.FirstAsync(v => v.Status == Domain.Vacancies.VacancyStatus.Published);
        var draft = await db.Vacancies.FirstAsync(v => v.Status == Domain.Vacancies.VacancyStatus.Draft);
        var client = factory.CreatePortalClient();

        var page = await client.GetDocumentAsync($"/Vacancies/Details/{published.Id}");
        Assert.Equal(published.Title, page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#h-needs"));
        Assert.True(page.QuerySelectorAll("#h-competencies ~ div h3").Length >= 3);

        var hidden = await client.GetAsync($"/Vacancies/Details/{draft.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var unknown = await client.GetAsync("/Vacancies/Details/999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_basic_security_headers()
    {
        var response = await factory.CreatePortalClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    private async Task<Dictionary<string, int>> CountRowsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return new Dictionary<string, int>
        {
            ["Users"] = await db.Users.CountAsync(),
            ["UserRoles"] = await db.UserRoles.CountAsync(),
            ["Roles"] = await db.Roles.CountAsync(),
            ["MemberStates"] = await db.MemberStates.CountAsync(),
            ["Missions"] = await db.Missions.CountAsync(),
            ["PositionTypes"] = await db.PositionTypes.CountAsync(),
            ["Competencies"] = await db.Competencies.CountAsync(),
            ["Vacancies"] = await db.Vacancies.CountAsync(),
            ["Candidates"] = await db.Candidates.CountAsync(),
            ["Applications"] = await db.Applications.CountAsync(),
            ["StageChanges"] = await db.StageChanges.CountAsync(),
            ["Assessments"] = await db.Assessments.CountAsync(),
            ["Ratings"] = await db.Ratings.CountAsync(),
            ["Mentors"] = await db.Mentors.CountAsync(),
            ["Mentees"] = await db.Mentees.CountAsync(),
            ["Mentorships"] = await db.Mentorships.CountAsync(),
            ["Sessions"] = await db.MentoringSessions.CountAsync(),
            ["ConsensusNotes"] = await db.ConsensusNotes.CountAsync(),
        };
    }
}
