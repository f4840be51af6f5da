using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>
/// Every POST handler the app serves (read from its endpoints, so new ones are covered without a change here)
/// refuses a request without a valid antiforgery token with a 400, sent by someone allowed to reach it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AntiforgeryTests(PortalFactory factory)
{
    /// <summary>Pages that deliberately take posts without a token, and why.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["/Status/{code:int?}"] = "the status page re-executes failed requests of any method; it only renders a message",
    };

    [Fact]
    public async Task Every_post_handler_refuses_a_missing_a_forged_or_a_foreign_token_with_400_and_changes_nothing()
    {
        var ids = await SampleIds.LoadAsync(factory);
        var clients = new Dictionary<Principal, HttpClient>();
        var foreignToken = await AccessMatrixTests.AntiforgeryTokenAsync(factory.CreatePortalClient(), AccessTable.Principals[0]);
        var failures = new List<string>();
        var checkedHandlers = 0;
        var before = await DatabaseFingerprint.TakeSettledAsync(factory);

        foreach (var page in (await PageEndpoints.ListAsync(factory)).Where(p => p.PostHandlers.Count > 0 && !Exempt.ContainsKey(p.Route)))
        {
            Assert.True(AccessTable.Pages.ContainsKey(page.Route), $"{page.Route} has no line in AccessTable.Pages.");
            var principal = AccessTable.Principals.First(AccessTable.Pages[page.Route].Admits);
            if (!clients.TryGetValue(principal, out var client))
            {
                client = clients[principal] = await AccessMatrixTests.ClientForAsync(factory, principal);
                await AccessMatrixTests.AntiforgeryTokenAsync(client, principal); // the client now holds its own antiforgery cookie
            }

            var path = AccessTable.PathOf(page.Route, ids);
            foreach (var handler in page.PostHandlers)
            {
                var url = PageEndpoint.HandlerUrl(path, handler);
                foreach (var (label, token) in new[] { ("no token", (string?)null), ("a forged token", "CfDJ8forged-token-value"), ("another session's token", foreignToken) })
                {
                    var fields = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Antiforgery.FieldName] = token };
                    var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
                    checkedHandlers++;
                    if (response.StatusCode != HttpStatusCode.BadRequest)
                    {
                        failures.Add($"POST {url} as {principal} with {label}: expected 400, got {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedHandlers > 100, $"Only {checkedHandlers} requests were checked: the endpoint list looks incomplete.");
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeSettledAsync(factory)));
    }

    [Fact]
    public async Task Every_exemption_names_a_page_that_exists_and_takes_posts()
    {
        var pages = await PageEndpoints.ListAsync(factory);

        Assert.All(Exempt.Keys, route => Assert.Contains(pages, p => p.Route == route && p.PostHandlers.Count > 0));
    }
}
