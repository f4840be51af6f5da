using System.Net;
using AngleSharp.Dom;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Setup;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeaderTests(PortalFactory factory)
{
    private const string ExpectedPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/Vacancies")]
    [InlineData(null, "/Identity/Account/Login")]
    [InlineData(null, "/no/such/page")]
    [InlineData("candidate41@portal.test", "/Candidate/Profile")]
    [InlineData("hr@portal.test", "/Hr/Vacancies")]
    [InlineData("admin@portal.test", "/Admin/Users")]
    public async Task Every_page_carries_the_content_security_policy_and_the_other_protective_headers(string? account, string path)
    {
        var client = await ClientAsync(account);

        var response = await client.GetAsync(path);

        Assert.Equal(ExpectedPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_job_dashboard_gets_its_own_policy_that_allows_its_inline_script_but_still_forbids_framing()
    {
        var client = await ClientAsync("hr@portal.test");

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string> PagesByAccount => new()
    {
        { null, "/" },
        { null, "/Vacancies" },
        { null, "/Privacy" },
        { null, "/Identity/Account/Login" },
        { null, "/Identity/Account/Register" },
        { "candidate41@portal.test", "/Candidate" },
        { "candidate41@portal.test", "/Candidate/Profile" },
        { "candidate41@portal.test", "/Candidate/Documents" },
        { "candidate41@portal.test", "/Candidate/Applications" },
        { "candidate41@portal.test", "/Candidate/MyData" },
        { "candidate41@portal.test", "/Identity/Account/Manage" },
        { "candidate41@portal.test", "/Identity/Account/Manage/EnableAuthenticator" },
        { "hr@portal.test", "/Hr" },
        { "hr@portal.test", "/Identity/Account/Manage/TwoFactorAuthentication" },
        { "hr@portal.test", "/Hr/Vacancies" },
        { "hr@portal.test", "/Hr/Vacancies/Edit" },
        { "hr@portal.test", "/Hr/Roster" },
        { "admin@portal.test", "/Admin/Users" },
        { "admin@portal.test", "/Admin/Audit" },
        { "admin@portal.test", "/Admin/Frameworks" },
        { "assessor1@portal.test", "/Assess" },
        { "mentor1@portal.test", "/Mentoring" },
    };

    [Theory]
    [MemberData(nameof(PagesByAccount))]
    public async Task Pages_have_no_inline_script_no_style_attributes_and_no_event_handler_attributes(string? account, string path)
    {
        var client = await ClientAsync(account);

        var page = await client.GetDocumentAsync(path);

        Assert.Empty(page.QuerySelectorAll("script").Where(s => !s.HasAttribute("src")).Select(s => s.OuterHtml));
        Assert.Empty(page.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
        var handlers = page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{e.LocalName} {a.Name}"));
        Assert.Empty(handlers);
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]").Select(e => e.OuterHtml));
    }

    [Fact]
    public async Task The_pages_of_a_vacancy_and_its_ranking_have_no_inline_script_or_style_either()
    {
        var vacancyId = await Arrange.QueryAsync(factory, db => db.Vacancies.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        var client = await ClientAsync("hr@portal.test");

        foreach (var path in new[] { $"/Vacancies/Details/{vacancyId}", $"/Hr/Vacancies/{vacancyId}", $"/Hr/Vacancies/{vacancyId}/Ranking" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]").Select(e => e.OuterHtml));
        }
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_secure_and_same_site()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("candidate41@portal.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LeadershipPortal.Auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=lax", attributes);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_and_http_only_too()
    {
        var response = await factory.CreatePortalClient().GetAsync("/Identity/Account/Login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
    }

    [Fact]
    public void Strict_transport_security_lasts_a_year_outside_development()
    {
        var hsts = factory.Services.GetRequiredService<IOptions<HstsOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(365), hsts.MaxAge);
        Assert.True(hsts.IncludeSubDomains);
        Assert.Equal(SecuritySetup.ContentSecurityPolicy, ExpectedPolicy);
    }

    private async Task<HttpClient> ClientAsync(string? account)
    {
        var client = factory.CreatePortalClient();
        if (account is not null)
        {
            await client.SignInOrFailAsync(account);
        }

        return client;
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
