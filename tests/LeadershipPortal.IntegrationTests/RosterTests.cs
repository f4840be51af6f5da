using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data.Seeding;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class RosterTests(PortalFactory factory)
{
    [Fact]
    public async Task The_roster_lists_suitable_candidates_and_filters_by_readiness_and_gender()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        var seeded = SeedFiles.NextToApp().Candidates().Where(c => c.Readiness is not null && c.Email != "candidate20@portal.test").ToList();

        var all = await client.GetDocumentAsync("/Hr/Roster");
        var names = all.QuerySelectorAll("#roster tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.All(seeded, c => Assert.Contains(c.FullName, names));

        var readyNow = await client.GetDocumentAsync("/Hr/Roster?Readiness=ReadyNow");
        Assert.All(readyNow.QuerySelectorAll("#roster tbody tr"), r => Assert.Equal("Ready now", r.Children[1].TextContent));
        Assert.Contains(seeded.Where(c => c.Readiness == Domain.Candidates.Readiness.ReadyNow), c => readyNow.QuerySelector("#roster")!.TextContent.Contains(c.FullName, StringComparison.Ordinal));

        var women = await client.GetDocumentAsync("/Hr/Roster?Gender=Woman");
        Assert.All(women.QuerySelectorAll("#roster tbody tr"), r => Assert.Equal("Woman", r.Children[3].TextContent));
    }

    [Theory]
    [InlineData("/Hr/Roster?Region=Mars")]
    [InlineData("/Hr/Roster?Language=%3Cscript%3E")]
    [InlineData("/Hr/Roster?PositionTypeId=abc&p=-4")]
    public async Task Malformed_filters_never_break_the_page(string url)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
