using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

/// <summary>The language switch, as a visitor uses it: one click, and the choice holds on every page after.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_visitor_switches_to_french_and_the_choice_holds_until_switched_back()
    {
        await using var session = await fixture.NewSessionAsync("language");
        var page = session.Page;
        await page.GotoAsync("/Vacancies");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        // Back on the same page, now in French, and the switch says which language is on.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Vacancies$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Français" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Postes vacants" })).ToBeVisibleAsync();
        await session.CheckPageAsync("vacancies-fr");

        await page.GetByRole(AriaRole.Link, new() { Name = "Avis de confidentialité" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await session.CheckPageAsync("privacy-fr");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Privacy notice" })).ToBeVisibleAsync();
    }
}
