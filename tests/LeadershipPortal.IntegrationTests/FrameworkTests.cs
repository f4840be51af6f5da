using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class FrameworkTests(PortalFactory factory)
{
    [Fact]
    public async Task Editing_a_framework_in_use_saves_a_new_version_and_leaves_the_used_one_unchanged()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");
        var latest = await Arrange.QueryAsync(factory, db => db.CompetencyFrameworks.OrderByDescending(f => f.Version).Select(f => new { f.Id, f.Version }).FirstAsync());
        var page = await client.GetDocumentAsync($"/Admin/Frameworks/Details/{latest.Id}");
        Assert.NotNull(page.QuerySelector("#in-use"));
        var form = page.QuerySelector("#competency-VISION form")!;
        var originalName = form.QuerySelector("input[name=Name]")!.GetAttribute("value")!;

        var response = await client.SubmitAsync(page, "#competency-VISION form", new Dictionary<string, string> { ["Name"] = "Vision, strategy and direction" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var names = await Arrange.QueryAsync(factory, db => db.Competencies.Where(c => c.Code == "VISION").Join(db.CompetencyFrameworks, c => c.FrameworkId, f => f.Id, (c, f) => new { f.Version, c.Name }).ToListAsync());
        Assert.Equal(originalName, names.Single(n => n.Version == latest.Version).Name);
        Assert.Equal("Vision, strategy and direction", names.Single(n => n.Version == latest.Version + 1).Name);

        // New vacancies are written against the new version.
        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync("hr@portal.test");
        var vacancyForm = await hr.GetDocumentAsync("/Hr/Vacancies/Edit");
        Assert.Contains("Vision, strategy and direction", vacancyForm.QuerySelector("#vacancy-form table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_competency_without_its_five_level_descriptors_is_refused_and_nothing_changes()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");
        var latest = await Arrange.QueryAsync(factory, db => db.CompetencyFrameworks.OrderByDescending(f => f.Version).Select(f => f.Id).FirstAsync());
        var page = await client.GetDocumentAsync($"/Admin/Frameworks/Details/{latest}");
        var before = await Arrange.QueryAsync(factory, db => db.CompetencyFrameworks.CountAsync());
        page.QuerySelectorAll("#competency-LEADING textarea[name=Levels]").Last().TextContent = "";

        var response = await client.SubmitAsync(page, "#competency-LEADING form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Level descriptor is required", (await HtmlPages.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await Arrange.QueryAsync(factory, db => db.CompetencyFrameworks.CountAsync()));
    }
}
