using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class AccessTests(PortalFactory factory)
{
    public static TheoryData<string> ProtectedPages =>
    [
        "/Candidate", "/Assess", "/Mentoring", "/Hr", "/Admin", "/Admin/Users", "/Admin/Users/Invite",
        "/Identity/Account/Manage",
    ];

    /// <summary>Each demo account, the dashboard it lands on, and the areas it must not enter.</summary>
    public static TheoryData<string, string> DemoAccounts => new()
    {
        { "admin@portal.test", "/Admin" },
        { "hr@portal.test", "/Hr" },
        { "assessor1@portal.test", "/Assess" },
        { "assessor2@portal.test", "/Assess" },
        { "assessor3@portal.test", "/Assess" },
        { "mentor1@portal.test", "/Mentoring" },
        { "mentor2@portal.test", "/Mentoring" },
        { "hom1@portal.test", "/Mentoring" },
        { "candidate1@portal.test", "/Candidate" },
        { "candidate2@portal.test", "/Candidate" },
    };

    private static readonly string[] Areas = ["/Candidate", "/Assess", "/Mentoring", "/Hr", "/Admin"];

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Vacancies")]
    [InlineData("/Privacy")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/lib/bootstrap/dist/css/bootstrap.min.css")]
    public async Task Public_pages_are_open_to_anonymous_visitors(string path)
    {
        var response = await factory.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_demo_account_signs_in_and_lands_on_its_own_dashboard_and_no_other(string email, string dashboard)
    {
        var client = factory.CreatePortalClient();

        var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The landing page sends a single-role user to their dashboard.
        var landing = await client.GetAsync(signIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal(dashboard, landing.Headers.Location!.ToString());

        var page = await client.GetDocumentAsync(dashboard);
        Assert.NotNull(page.QuerySelector("h1"));

        foreach (var other in Areas.Where(a => a != dashboard))
        {
            var refused = await client.GetAsync(other);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Identity/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Navigation_shows_only_the_areas_of_the_users_roles()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate1@portal.test");

        var page = await client.GetDocumentAsync("/Candidate");
        var links = page.QuerySelectorAll("#main-nav a.nav-link").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("My applications", links);
        Assert.DoesNotContain("HR", links);
        Assert.DoesNotContain("Administration", links);
        Assert.DoesNotContain("Assessments", links);
    }
}
