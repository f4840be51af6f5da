using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>
/// Every page and handler the app serves, for anonymous visitors and each of the six roles, against the
/// declared <see cref="AccessTable"/>: allowed principals never meet the authorisation layer's refusal,
/// refused principals always do, on GET and on every POST handler (sent with their own valid token).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessMatrixTests(PortalFactory factory)
{
    public static TheoryData<string> PrincipalNames => new(AccessTable.Principals.Select(p => p.ToString()));

    [Fact]
    public async Task Every_page_the_app_serves_has_a_line_in_the_access_table()
    {
        var pages = await PageEndpoints.ListAsync(factory);
        var routes = pages.Select(p => p.Route).ToHashSet();

        var missing = pages.Where(p => !AccessTable.Pages.ContainsKey(p.Route))
            .Select(p => $"Add to AccessTable.Pages:   [\"{p.Route}\"] = Only(Roles.<who may enter>),   (or Anyone / SignedIn)");
        var missingSamples = pages.Where(p => p.HasParameters && !AccessTable.Samples.ContainsKey(p.Route))
            .Select(p => $"Add to AccessTable.Samples: [\"{p.Route}\"] = ids => $\"{p.Route}\" with a real id the allowed role may see,");
        var stale = AccessTable.Pages.Keys.Concat(AccessTable.Samples.Keys).Where(r => !routes.Contains(r)).Distinct()
            .Select(r => $"Remove from AccessTable: \"{r}\" (no such page any more)");

        var problems = missing.Concat(missingSamples).Concat(stale).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(PrincipalNames))]
    public async Task Each_page_and_handler_admits_exactly_the_roles_of_its_table_line(string principalName)
    {
        var principal = AccessTable.Principals.Single(p => p.ToString() == principalName);
        var ids = await SampleIds.LoadAsync(factory);
        var client = await ClientForAsync(factory, principal);
        var token = await AntiforgeryTokenAsync(client, principal);
        var failures = new List<string>();

        foreach (var page in (await PageEndpoints.ListAsync(factory)).Where(p => AccessTable.Pages.ContainsKey(p.Route)))
        {
            var admitted = AccessTable.Pages[page.Route].Admits(principal);
            var path = AccessTable.PathOf(page.Route, ids);
            Check($"GET {path}", await client.GetAsync(path), admitted);

            foreach (var handler in page.PostHandlers)
            {
                // Refused principals send their own valid token, so only the authorisation layer can stop them;
                // admitted ones send none, so the antiforgery check stops the handler before it changes anything.
                var fields = admitted ? new Dictionary<string, string>() : new Dictionary<string, string> { [Antiforgery.FieldName] = token };
                var url = PageEndpoint.HandlerUrl(path, handler);
                Check($"POST {url}", await client.PostAsync(url, new FormUrlEncodedContent(fields)), admitted);
            }
        }

        Assert.True(failures.Count == 0, $"As {principal}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        if (principal.Email is not null)
        {
            // Nothing in the sweep signed the principal out, so every answer above was given to them.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Manage")).StatusCode);
        }

        void Check(string request, HttpResponseMessage response, bool admitted)
        {
            var refusal = Refusal(response);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{request}: server error {(int)response.StatusCode}");
            }
            else if (admitted && refusal is not null)
            {
                failures.Add($"{request}: should be admitted ({AccessTable.Pages.First(p => request.Contains(p.Key.Split('{')[0], StringComparison.Ordinal)).Value}) but was refused ({refusal})");
            }
            else if (!admitted && refusal != (principal.Email is null ? "sign-in" : "access denied"))
            {
                failures.Add($"{request}: should be refused but answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    /// <summary>What the authorisation layer answered, if it refused: a challenge to sign in or a denial.</summary>
    public static string? Refusal(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var location = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString : null;
        if (location is null || !location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = location.StartsWith('/') ? location : new Uri(location).PathAndQuery;
        return path.StartsWith("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase) ? "sign-in"
            : path.StartsWith("/Identity/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? "access denied"
            : null;
    }

    public static async Task<HttpClient> ClientForAsync(PortalFactory factory, Principal principal)
    {
        var client = factory.CreatePortalClient();
        if (principal.Email is not null)
        {
            await client.SignInOrFailAsync(principal.Email);
        }

        return client;
    }

    /// <summary>A valid token for this client's user, read from a page every principal may see.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, Principal principal)
    {
        var page = await client.GetDocumentAsync(principal.Email is null ? "/Identity/Account/Login" : "/Identity/Account/Manage");
        return page.QuerySelector($"input[name={Antiforgery.FieldName}]")!.GetAttribute("value")!;
    }
}

public static class Antiforgery
{
    public const string FieldName = "__RequestVerificationToken";
}
