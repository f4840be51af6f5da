using System.Globalization;
using System.Net;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Performance;

/// <summary>
/// The main pages issue a fixed, small number of SQL commands whatever the data behind them: the same page over a
/// large and a small slice of the seeded data (a vacancy with 12 applicants and one with 3, an assessor on every panel
/// and one on two, a candidate with three applications and one with one) runs the same number of commands. An N+1
/// query would make the larger slice cost more commands.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class QueryCountTests(PortalFactory factory)
{
    private const int Bound = 15;

    [Fact]
    public async Task The_vacancy_list_runs_the_same_few_commands_for_every_filter()
    {
        var client = factory.CreatePortalClient();

        await AssertSameBoundedCountAsync(client, "/Vacancies", "/Vacancies?Language=French");
    }

    [Fact]
    public async Task The_hr_ranking_runs_the_same_few_commands_for_a_large_and_a_small_vacancy()
    {
        var client = await SignedInAsync("hr@portal.test");
        var large = await Arrange.VacancyIdAsync(factory, "MONUSCO-DHOM-2026");
        var small = await Arrange.VacancyIdAsync(factory, "UNIFIL-DFC-2026");

        await AssertSameBoundedCountAsync(client, $"/Hr/Vacancies/{large}/Ranking", $"/Hr/Vacancies/{small}/Ranking");
    }

    /// <summary>
    /// The gender dashboard's count grows neither with applications nor with gender targets: every view is read from
    /// one publication, rebuilt only when the data changed (the first request after a change runs two GROUP BYs more).
    /// </summary>
    [Fact]
    public async Task The_gender_dashboard_runs_the_same_commands_for_a_large_and_a_small_vacancy_and_any_filter()
    {
        var client = await SignedInAsync("hr@portal.test");
        var large = await Arrange.VacancyIdAsync(factory, "MONUSCO-DHOM-2026");
        var small = await Arrange.VacancyIdAsync(factory, "UNIFIL-DFC-2026");
        await CountAsync(client, "/Hr/GenderBalance");
        await AssertSameBoundedCountAsync(client, $"/Hr/GenderBalance?VacancyId={large}", $"/Hr/GenderBalance?VacancyId={small}");
        await AssertSameBoundedCountAsync(client, "/Hr/GenderBalance", "/Hr/GenderBalance?Grade=USG");
        await AssertSameBoundedCountAsync(client, "/Hr/GenderBalance?handler=Csv&table=targets", "/Hr/GenderBalance?handler=Csv&table=funnel");
    }

    [Fact]
    public async Task One_gender_target_more_costs_no_command_more()
    {
        var client = await SignedInAsync("hr@portal.test");
        await CountAsync(client, "/Hr/GenderBalance");
        var before = await CountAsync(client, "/Hr/GenderBalance");
        var unficyp = await Arrange.QueryAsync(factory, db => db.Missions.Where(m => m.Code == "UNFICYP").Select(m => m.Id).SingleAsync());
        var created = await client.SubmitAsync(await client.GetDocumentAsync("/Hr/GenderBalance/Targets"), "#target-form", new Dictionary<string, string>
        {
            ["Input.Scope"] = "Mission",
            ["Input.MissionId"] = unficyp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.SharePercent"] = "35",
            ["Input.Deadline"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await Arrange.QueryAsync(factory, db => db.GenderTargets.Where(t => t.ScopeId == unficyp).Select(t => t.Id).SingleAsync());
        try
        {
            var page = await client.GetDocumentAsync("/Hr/GenderBalance");
            Assert.NotNull(page.QuerySelector($"#targets tr[data-target-id='{id}']"));
            Assert.Equal(before, await CountAsync(client, "/Hr/GenderBalance"));
        }
        finally
        {
            await client.SubmitAsync(await client.GetDocumentAsync($"/Hr/GenderBalance/Targets?remove={id}"), $"#delete-target-{id}");
        }
    }

    [Fact]
    public async Task The_assessor_queue_runs_the_same_few_commands_for_a_long_and_a_short_queue()
    {
        var longQueue = await CountAsync(await SignedInAsync("assessor1@portal.test"), "/Assess");
        var shortQueue = await CountAsync(await SignedInAsync("assessor4@portal.test"), "/Assess");
        Assert.InRange(longQueue, 1, Bound);
        Assert.Equal(longQueue, shortQueue);
    }

    /// <summary>
    /// The same dashboard before and after the programme grows by an active pair with sessions, linked goals and a
    /// rating, and by a head of mission waiting for a mentor (all made here, with accounts of this test's own).
    /// </summary>
    [Fact]
    public async Task The_mentoring_dashboard_runs_the_same_few_commands_after_the_programme_grows()
    {
        var client = await SignedInAsync("hr@portal.test");
        var smaller = await CountAsync(client, "/Hr/Mentoring");
        var activeBefore = await ActivePairsAsync(client);

        var waitingName = await GrowTheProgrammeAsync(sessions: 4);

        var larger = await CountAsync(client, "/Hr/Mentoring");
        var page = await client.GetDocumentAsync("/Hr/Mentoring");
        Assert.Equal(activeBefore + 1, await ActivePairsAsync(client));
        Assert.Contains(waitingName, page.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
        Assert.InRange(smaller, 1, Bound);
        Assert.True(smaller == larger, $"/Hr/Mentoring ran {smaller} SQL commands before the programme grew and {larger} after.");
    }

    [Fact]
    public async Task A_candidates_applications_run_the_same_few_commands_for_three_applications_and_for_one()
    {
        var three = await CountAsync(await SignedInAsync("candidate25@portal.test"), "/Candidate/Applications");
        var one = await CountAsync(await SignedInAsync("candidate15@portal.test"), "/Candidate/Applications");
        Assert.InRange(three, 1, Bound);
        Assert.Equal(three, one);
    }

    private static async Task<int> ActivePairsAsync(HttpClient client) =>
        int.Parse((await client.GetDocumentAsync("/Hr/Mentoring")).QuerySelector("#programme-figures .dashboard-figure")!.TextContent, CultureInfo.InvariantCulture);

    /// <summary>Adds an active pair (mentor full at capacity 1, so no other test's pairing changes) with sessions, and a waiting head of mission.</summary>
    private async Task<string> GrowTheProgrammeAsync(int sessions)
    {
        var (_, mentorUser) = await TestUsers.CreateAsync(factory, "perf-mentor", Roles.Mentor);
        var (_, menteeUser) = await TestUsers.CreateAsync(factory, "perf-mentee", Roles.HeadOfMission);
        var (_, waitingUser) = await TestUsers.CreateAsync(factory, "perf-waiting", Roles.HeadOfMission);
        var waitingName = $"Waiting {Guid.NewGuid():N}";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var mission = await db.Missions.Select(m => m.Id).FirstAsync();
        var position = await db.PositionTypes.Select(p => p.Id).FirstAsync();
        var mentor = new MentorProfile(mentorUser, "Query Count Mentor", 1);
        var mentee = new MenteeProfile(menteeUser, "Query Count Mentee", mission, position, DateOnly.FromDateTime(now));
        db.AddRange(mentor, mentee, new MenteeProfile(waitingUser, waitingName, mission, position, DateOnly.FromDateTime(now)));
        await db.SaveChangesAsync();

        var pair = new Mentorship(mentor.Id, mentee.Id, MeetingCadence.Monthly, ["Build the mission's political strategy", "Lead the transition"], now);
        pair.AcceptByMentor(now);
        pair.AcceptByMentee(now);
        for (var i = 0; i < sessions; i++)
        {
            var session = pair.LogSession(new SessionDetails(now, 45 + i, SessionMode.Video, ["Strategy"], ["Lead the transition"], null, null), mentorUser, now);
            session.RateByMentee(3);
        }

        db.Mentorships.Add(pair);
        await db.SaveChangesAsync();
        return waitingName;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task AssertSameBoundedCountAsync(HttpClient client, string larger, string smaller, int bound = Bound)
    {
        var first = await CountAsync(client, larger);
        var second = await CountAsync(client, smaller);
        Assert.InRange(first, 1, bound);
        Assert.True(first == second, $"{larger} ran {first} SQL commands and {smaller} ran {second}.");
    }

    private async Task RenewAllStampsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var stamp in await db.DataStamps.ToListAsync())
        {
            stamp.Renew();
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The commands of one request for the page as built from the database, not served from the read-model cache:
    /// every data stamp is renewed first, as any change would, so the page's whole build is what must not grow.
    /// </summary>
    private async Task<int> CountAsync(HttpClient client, string path)
    {
        await RenewAllStampsAsync();
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(CommandCounter.Header, key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Services.GetRequiredService<CommandCounter>().CountFor(key);
    }
}
