using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class AuditTests(PortalFactory factory)
{
    [Fact]
    public async Task Verification_names_the_first_event_edited_behind_the_applications_back()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");
        await EnsureEventsAsync(client);
        var (sequence, original) = await Arrange.QueryAsync(factory, db => db.AuditEvents.OrderBy(e => e.Sequence).Select(e => new ValueTuple<long, string>(e.Sequence, e.Details)).FirstAsync());

        var intact = await VerifyAsync(client);
        Assert.StartsWith("Intact", intact, StringComparison.Ordinal);

        // Someone with database access rewrites history directly in SQL.
        await Arrange.QueryAsync(factory, db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEvents SET Details = {"Nothing happened here."} WHERE Sequence = {sequence}"));
        try
        {
            var broken = await VerifyAsync(client);
            Assert.StartsWith($"Broken at event {sequence}", broken, StringComparison.Ordinal);
            Assert.Contains("altered after it was recorded", broken, StringComparison.Ordinal);
        }
        finally
        {
            await Arrange.QueryAsync(factory, db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE AuditEvents SET Details = {original} WHERE Sequence = {sequence}"));
        }

        Assert.StartsWith("Intact", await VerifyAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_lists_events_newest_first_and_filters_by_action()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");
        await EnsureEventsAsync(client);

        var page = await client.GetDocumentAsync("/Admin/Audit");
        var sequences = page.QuerySelectorAll("tbody tr td:first-child").Select(td => long.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);

        var filtered = await client.GetDocumentAsync("/Admin/Audit?action=UserLocked");
        Assert.All(filtered.QuerySelectorAll("tbody tr"), r => Assert.Equal("UserLocked", r.Children[3].TextContent));
    }

    [Fact]
    public async Task Only_administrators_read_the_audit_log()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");

        var response = await client.GetAsync("/Admin/Audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<string> VerifyAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/Admin/Audit");
        var response = await client.SubmitAsync(page, "#verify-form");
        var result = await HtmlPages.ParseAsync(response);
        return result.QuerySelector("#verification")!.TextContent.Trim();
    }

    // Locking and unlocking an account writes two events, so the log is never empty here.
    private async Task EnsureEventsAsync(HttpClient admin)
    {
        var userId = await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Email == "candidate39@portal.test").Select(u => u.Id).SingleAsync());
        var details = await admin.GetDocumentAsync($"/Admin/Users/Details/{userId}");
        await admin.SubmitAsync(details, "form[action*='handler=Lock']");
        details = await admin.GetDocumentAsync($"/Admin/Users/Details/{userId}");
        await admin.SubmitAsync(details, "form[action*='handler=Unlock']");
    }
}
