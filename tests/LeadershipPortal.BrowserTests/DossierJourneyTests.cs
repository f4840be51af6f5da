using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DossierJourneyTests(BrowserFixture fixture)
{
    // Appointed to MINUSCA-HOM-2026 in the demo data, with the panel's submitted ratings; no other journey touches it.
    private const string Candidate = "Aminata Diallo-Sow";

    [BrowserFact]
    public async Task HR_requests_a_candidate_dossier_and_downloads_the_PDF_when_it_is_ready()
    {
        await using var session = await fixture.NewSessionAsync("hr-dossier");
        var page = session.Page;
        await session.SignInAsync("hr@portal.test");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "HR", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossiers", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("dossiers");

        var application = page.GetByLabel("Application", new() { Exact = true });
        var option = application.Locator("option").Filter(new() { HasText = Candidate });
        await application.SelectOptionAsync(new SelectOptionValue { Label = (await option.TextContentAsync())!.Trim() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Request candidate dossier" }).ClickAsync();
        await Expect(page.GetByText("The dossier is queued; its status updates below.")).ToBeVisibleAsync();
        await session.CheckPageAsync("queued");

        // The page polls the status endpoint and reveals the download link in place; Playwright waits for it.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Candidate }).First;
        var download = row.GetByRole(AriaRole.Link, new() { Name = "Download" });
        await Expect(download).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Expect(row).ToContainTextAsync("Ready");
        await Expect(row).ToContainTextAsync("SHA-256");
        await session.CheckPageAsync("ready");

        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.EndsWith(".pdf", file.SuggestedFilename, StringComparison.Ordinal);
        var path = await file.PathAsync();
        var head = new byte[5];
        await using (var stream = File.OpenRead(path))
        {
            Assert.Equal(5, await stream.ReadAsync(head));
        }

        Assert.Equal("%PDF-"u8.ToArray(), head);
    }
}
