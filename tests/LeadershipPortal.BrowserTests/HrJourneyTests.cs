using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HrJourneyTests(BrowserFixture fixture)
{
    private const string VacancyTitle = "Special Representative of the Secretary-General and Head of MONUSCO";

    // Submitted to MONUSCO-HOM-2026 in the demo data; no other browser journey touches this application.
    private const string Candidate = "Ngozi Okafor";

    [BrowserFact]
    public async Task HR_opens_a_ranking_and_moves_a_candidate_with_a_justification()
    {
        await using var session = await fixture.NewSessionAsync("hr");
        var page = session.Page;
        await session.SignInAsync("hr@portal.test");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "HR", Exact = true }).ClickAsync();
        await session.CheckPageAsync("dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage vacancies and panels" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("vacancies");
        await page.GetByRole(AriaRole.Link, new() { Name = VacancyTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ranking and decisions" })).ToBeVisibleAsync();
        await session.CheckPageAsync("vacancy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ranking and decisions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Ranking: {VacancyTitle}" })).ToBeVisibleAsync();
        await session.CheckPageAsync("ranking");

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Candidate });
        await Expect(row).ToContainTextAsync("Submitted");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {Candidate}" }).CheckAsync();
        await page.GetByLabel("To stage").SelectOptionAsync(new SelectOptionValue { Label = "Screening" });
        await page.GetByLabel("Justification (kept in the record)").FillAsync("Meets the published requirements; forwarded to the panel for screening.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move selected" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 application moved to Screening.");
        await Expect(row).ToContainTextAsync("Screening");
        await session.CheckPageAsync("moved");
    }

    [BrowserFact]
    public async Task Moving_without_choosing_a_stage_says_what_is_missing()
    {
        await using var session = await fixture.NewSessionAsync("hr-invalid");
        var page = session.Page;
        await session.SignInAsync("hr@portal.test");
        await page.GotoAsync("/Hr/Vacancies");
        await page.GetByRole(AriaRole.Link, new() { Name = VacancyTitle, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ranking and decisions" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Move selected" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the stage to move the applications to.");
        await session.CheckPageAsync("move-refused");
    }
}
