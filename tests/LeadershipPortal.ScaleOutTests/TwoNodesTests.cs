using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using LeadershipPortal.BrowserTests.Infrastructure;
using LeadershipPortal.ScaleOutTests.Infrastructure;

namespace LeadershipPortal.ScaleOutTests;

/// <summary>
/// Two instances of the built app on two loopback ports against one fresh PostgreSQL database, configured as the
/// README's scale-out section says: database, Identity, Data Protection keys, Hangfire storage and files all shared.
/// </summary>
public sealed class TwoNodesTests
{
    private const string Password = "Portal!Demo2026";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(120);

    [PostgreSqlFact]
    public async Task A_sign_in_on_node_A_holds_on_node_B_and_a_dossier_requested_on_A_is_built_once_and_downloads_from_both()
    {
        await using var database = await TestPostgreSql.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Portal"] = database.ConnectionString,
            ["ConnectionStrings__Hangfire"] = database.ConnectionString,
            ["Jobs__RunServer"] = "true",
            ["Dossiers__Store"] = "Database",
            ["Documents__Store"] = "Database",
        };

        // A migrates and seeds; B starts on the finished database, as the README says to add a node.
        await using var nodeA = await PortalApp.StartAsync(settings);
        await using var nodeB = await PortalApp.StartAsync(settings);
        Assert.NotEqual(nodeA.BaseUrl, nodeB.BaseUrl);
        Assert.Equal(2, await database.ScalarAsync("SELECT count(*) FROM hangfire.server"));

        // Signed in on A through the real form.
        using var onA = new NodeClient(nodeA.BaseUrl);
        var login = await onA.GetDocumentAsync("/Identity/Account/Login");
        using (var signedIn = await onA.SubmitAsync(login, "form#account", new Dictionary<string, string> { ["Input.Email"] = "hr@portal.test", ["Input.Password"] = Password }, "/Identity/Account/Login"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        // The same cookies sent to B: B decrypts them with the key ring both read from the database.
        var cookiesForB = new CookieContainer();
        foreach (Cookie cookie in onA.Cookies.GetCookies(nodeA.BaseUrl))
        {
            cookiesForB.Add(nodeB.BaseUrl, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        using var onB = new NodeClient(nodeB.BaseUrl, cookiesForB);
        using var stranger = new NodeClient(nodeB.BaseUrl);
        using (var anonymous = await stranger.GetAsync("/Hr/Dossiers"))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/Identity/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var dossiersOnB = await onB.GetDocumentAsync("/Hr/Dossiers");
        Assert.NotNull(dossiersOnB.QuerySelector("form#request-candidate"));

        // A dossier requested on A (the first application that may have one).
        var dossiersOnA = await onA.GetDocumentAsync("/Hr/Dossiers");
        var applicationIds = dossiersOnA.QuerySelectorAll("form#request-candidate select option[value]")
            .Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
        Assert.NotEmpty(applicationIds);
        var queued = false;
        foreach (var applicationId in applicationIds.Take(20))
        {
            using var response = await onA.SubmitAsync(dossiersOnA, "form#request-candidate", new Dictionary<string, string> { ["ApplicationId"] = applicationId });
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                queued = true;
                break;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(queued, "No application of the demo data could get a dossier.");
        var requestId = (await onB.GetDocumentAsync("/Hr/Dossiers")).QuerySelectorAll("tr[data-dossier-id]")
            .Select(r => int.Parse(r.GetAttribute("data-dossier-id")!, System.Globalization.CultureInfo.InvariantCulture)).Single();

        var status = await WaitUntilSettledAsync(onB, requestId);
        Assert.True(status.GetProperty("status").GetString() == "Ready", $"The dossier ended {status}.\nNode A:\n{nodeA.Output}\nNode B:\n{nodeB.Output}");
        var sha256 = status.GetProperty("sha256").GetString();

        // Built by exactly one node's job server, whichever took it.
        var builtLine = $"Dossier request {requestId} built";
        var builders = new[] { nodeA, nodeB }.Count(n => n.Output.Contains(builtLine, StringComparison.Ordinal));
        Assert.Equal(1, builders);

        var fromA = await DownloadAsync(onA, requestId);
        var fromB = await DownloadAsync(onB, requestId);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(fromA)));
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(fromB)));
        Assert.True(fromA.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "The download is not a PDF.");

        // The pages whose SQL is written for both providers (the data-stamp read, aggregates) read PostgreSQL too.
        var gender = await onB.GetDocumentAsync("/Hr/GenderBalance");
        Assert.True(gender.QuerySelector("table#adverse-impact") is not null && gender.QuerySelector("#states-link") is not null, gender.QuerySelector("main")?.TextContent);
        Assert.NotNull((await onB.GetDocumentAsync("/Hr/GenderBalance/States")).QuerySelector("table#states"));
        Assert.NotNull((await onA.GetDocumentAsync("/Hr/GenderBalance?Grade=ASG")).QuerySelector("table#adverse-impact"));
        var vacancies = (await onB.GetDocumentAsync("/Hr/Vacancies")).QuerySelectorAll("a[href^='/Hr/Vacancies/']")
            .Select(a => a.GetAttribute("href")!).Where(h => int.TryParse(h["/Hr/Vacancies/".Length..], out _)).Distinct().ToList();
        var rankedTables = 0;
        foreach (var vacancy in vacancies)
        {
            rankedTables += (await onB.GetDocumentAsync($"{vacancy}/Ranking")).QuerySelectorAll("table").Length;
        }

        Assert.True(rankedTables > 0, $"None of {vacancies.Count} rankings read from PostgreSQL shows a table.");
        Assert.NotNull((await onA.GetDocumentAsync("/Hr/Mentoring")).QuerySelector("h1"));
    }

    private static async Task<JsonElement> WaitUntilSettledAsync(NodeClient client, int requestId)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        JsonElement row = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync($"/Hr/Dossiers?handler=Status&ids={requestId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Single();
            if (row.GetProperty("settled").GetBoolean())
            {
                return row;
            }

            // Bounded polling while a job server builds the PDF.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException($"Dossier request {requestId} did not settle within {JobTimeout.TotalSeconds} s (last: {row}).");
    }

    private static async Task<byte[]> DownloadAsync(NodeClient client, int requestId)
    {
        using var response = await client.GetAsync($"/Dossiers/Download/{requestId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Download from {client.BaseUrl} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
