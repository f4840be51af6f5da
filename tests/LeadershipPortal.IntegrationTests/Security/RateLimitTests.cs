using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class RateLimitTests(PortalFactory factory)
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_429_page_that_says_when_to_retry()
    {
        // A limit of three, for addresses that first appear from now on (the shared host's usual limit is very high).
        using var limit = factory.Settings.Set("RateLimits:Login:PermitLimit", "3");
        var client = ClientFrom($"127.0.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}");
        var form = await client.GetDocumentAsync("/Identity/Account/Login");
        var attempt = new Dictionary<string, string> { ["Input.Email"] = $"nobody-{Guid.NewGuid():N}@example.org", ["Input.Password"] = "not the password at all" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(form, "form#account", attempt)).StatusCode);
        }

        var refused = await client.SubmitAsync(form, "form#account", attempt);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 300);
        var page = await HtmlPages.ParseAsync(refused);
        Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent);
        Assert.Contains($"try again in {retryAfter} seconds", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Reading the form is never limited, and another address has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Login")).StatusCode);
        var other = ClientFrom("127.0.0.250");
        Assert.Equal(HttpStatusCode.OK, (await other.SubmitAsync(await other.GetDocumentAsync("/Identity/Account/Login"), "form#account", attempt)).StatusCode);
    }

    [Fact]
    public void Every_named_policy_has_a_human_sized_default()
    {
        var defaults = new RateLimitOptions();
        foreach (var policy in RateLimits.All)
        {
            Assert.InRange(defaults.For(policy).PermitLimit, 5, 30);
            Assert.InRange(defaults.For(policy).Window, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
        }

        // The test host raises them so that hundreds of sign-ins in the suite are not refused.
        var testing = factory.Services.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        Assert.True(testing.Login.PermitLimit >= 10_000);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = factory.CreatePortalClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddressFilter.Header, address);
        return client;
    }
}
