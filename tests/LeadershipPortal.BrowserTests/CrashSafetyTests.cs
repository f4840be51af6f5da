using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LeadershipPortal.BrowserTests.Infrastructure;

namespace LeadershipPortal.BrowserTests;

/// <summary>
/// The app as its own process, killed (SIGKILL) while it stores a dossier and started again on the same database,
/// Hangfire storage and dossier folder. Needs no browser, so it runs everywhere, not only with CI=true; it sits in
/// the browser collection only so that it never starts a second app while the browser suite starts its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CrashSafetyTests
{
    private const string Candidate = "Aminata Diallo-Sow";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_dossier_interrupted_by_a_crash_ends_ready_exactly_once_after_a_restart_with_no_orphan_file()
    {
        var folder = Directory.CreateTempSubdirectory("portal-crash-");
        var cookies = new CookieContainer();
        int requestId;
        try
        {
            // The fault-test hook holds the job between writing its temporary file and moving it into place.
            await using (var first = await PortalApp.StartAsync(folder, new Dictionary<string, string> { ["Dossiers__TestDelayBeforeStoreMs"] = "600000" }))
            {
                using var http = Client(first, cookies);
                await SignInAsync(http, "hr@portal.test");
                requestId = await RequestCandidateDossierAsync(http);

                await WaitUntilAsync(() => Task.FromResult(Temporary(first.DossierDirectory).Length > 0), "the job to write its temporary file");
                Assert.Equal("Running", (await StatusAsync(http, requestId)).Status);
                await first.KillAsync();
                Assert.NotEmpty(Temporary(first.DossierDirectory));
                Assert.Empty(Stored(first.DossierDirectory));
            }

            await using var second = await PortalApp.StartAsync(folder, new Dictionary<string, string>(), ownsData: true);
            using var again = Client(second, cookies);

            // The sign-in cookie of the first process still opens HR pages: the Data Protection keys are in the database.
            var page = await again.GetAsync("/Hr/Dossiers");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Empty(Temporary(second.DossierDirectory));

            var status = await WaitForAsync(() => StatusAsync(again, requestId), s => s.Settled, "the dossier to be built again after the restart");
            Assert.Equal("Ready", status.Status);
            Assert.Single(RowIds().Matches(await again.GetStringAsync("/Hr/Dossiers")));

            var content = await again.GetByteArrayAsync(status.DownloadUrl);
            Assert.Equal("%PDF-"u8.ToArray(), content[..5]);
            Assert.Equal(status.Sha256, Convert.ToHexStringLower(SHA256.HashData(content)));
            Assert.Equal([$"dossier-{requestId:D8}.pdf"], Stored(second.DossierDirectory).Select(Path.GetFileName));
            Assert.Equal(content, await File.ReadAllBytesAsync(Stored(second.DossierDirectory)[0]));
            Assert.Empty(Temporary(second.DossierDirectory));
        }
        finally
        {
            if (folder.Exists)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static string[] Temporary(string dossiers) => Directory.Exists(dossiers) ? Directory.GetFiles(dossiers, "*.tmp") : [];

    private static string[] Stored(string dossiers) => Directory.Exists(dossiers) ? Directory.GetFiles(dossiers, "*.pdf") : [];

    private static HttpClient Client(PortalApp app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

    private static async Task SignInAsync(HttpClient http, string email)
    {
        var token = await TokenAsync(http, "/Identity/Account/Login");
        var response = await http.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = BrowserSession.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Login", response.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    private static async Task<int> RequestCandidateDossierAsync(HttpClient http)
    {
        var html = await http.GetStringAsync("/Hr/Dossiers");
        var applicationId = Regex.Match(html, $"<option value=\"(\\d+)\"[^>]*>{Regex.Escape(Candidate)} ").Groups[1].Value;
        Assert.NotEmpty(applicationId);
        var response = await http.PostAsync("/Hr/Dossiers?handler=Candidate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ApplicationId"] = applicationId,
            ["__RequestVerificationToken"] = Token(html),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ids = RowIds().Matches(await http.GetStringAsync("/Hr/Dossiers"));
        return int.Parse(Assert.Single(ids).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<DossierStatus> StatusAsync(HttpClient http, int id) =>
        Assert.Single((await http.GetFromJsonAsync<DossierStatus[]>($"/Hr/Dossiers?handler=Status&ids={id}"))!);

    private static async Task<string> TokenAsync(HttpClient http, string path) => Token(await http.GetStringAsync(path));

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what) => await WaitForAsync(condition, ok => ok, what);

    /// <summary>Bounded polling for background work in another process; fails with what it waited for.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        var last = await read();
        while (!done(last))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up after {JobTimeout.TotalSeconds} s waiting for {what} (last: {last}).");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            last = await read();
        }

        return last;
    }

    [GeneratedRegex("data-dossier-id=\"(\\d+)\"")]
    private static partial Regex RowIds();

    private sealed record DossierStatus(int Id, string Status, bool Settled, string? FailureReason, int? PageCount, string? Sha256, string? DownloadUrl);
}
