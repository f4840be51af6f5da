using System.Globalization;
using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MentoringJourneyTests(BrowserFixture fixture)
{
    // An active mentorship in the demo data; no other journey touches it.
    private const string Mentor = "Moses Kiprono Langat";
    private const string HeadOfMission = "Rakiatou Maïga";

    [BrowserFact]
    public async Task A_mentor_logs_a_session_and_the_head_of_mission_rates_it()
    {
        var summary = $"We prepared the briefing to the Security Council ({Guid.NewGuid():N}).";

        await using (var mentor = await fixture.NewSessionAsync("mentor"))
        {
            var page = mentor.Page;
            await mentor.SignInAsync("mentor2@portal.test");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Mentoring" }).ClickAsync();
            await mentor.CheckPageAsync("mentoring");
            await page.GetByRole(AriaRole.Link, new() { Name = HeadOfMission }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Mentoring {HeadOfMission}", Level = 1 })).ToBeVisibleAsync();
            await mentor.CheckPageAsync("mentorship");

            var log = page.GetByRole(AriaRole.Region, new() { Name = "Log a session" });
            await log.GetByLabel("Date").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await log.GetByLabel("Duration (minutes)").FillAsync("60");
            await log.GetByLabel("Mode").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await log.GetByLabel("Topics (separated by commas)").FillAsync("Security Council, Briefing");
            await log.GetByLabel("Shared summary (the head of mission sees it)").FillAsync(summary);
            await log.GetByLabel("Private notes (only you see them)").FillAsync("Confident on substance; rehearse the questions on the budget.");
            await log.GetByRole(AriaRole.Button, new() { Name = "Log the session" }).ClickAsync();

            await Expect(page.GetByText("Session logged.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Article).Filter(new() { HasText = summary })).ToContainTextAsync("Not rated yet");
            await mentor.CheckPageAsync("logged");
        }

        await using var mentee = await fixture.NewSessionAsync("mentee");
        var menteePage = mentee.Page;
        await mentee.SignInAsync("hom2@portal.test");
        await menteePage.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Mentoring" }).ClickAsync();
        await menteePage.GetByRole(AriaRole.Link, new() { Name = Mentor }).ClickAsync();
        await Expect(menteePage.GetByRole(AriaRole.Heading, new() { Name = $"Mentored by {Mentor}", Level = 1 })).ToBeVisibleAsync();

        var session = menteePage.GetByRole(AriaRole.Article).Filter(new() { HasText = summary });
        await Expect(session).ToBeVisibleAsync();
        await Expect(session).Not.ToContainTextAsync("rehearse the questions");
        await mentee.CheckPageAsync("to-rate");
        await session.GetByLabel("Rating (1 to 4)").FillAsync("4");
        await session.GetByLabel("Comment").FillAsync("Exactly the preparation I needed.");
        await session.GetByRole(AriaRole.Button, new() { Name = "Rate" }).ClickAsync();

        await Expect(menteePage.GetByText("Thank you for rating the session.")).ToBeVisibleAsync();
        await Expect(session).ToContainTextAsync("Rated 4 of 4: Exactly the preparation I needed.");
        await mentee.CheckPageAsync("rated");
    }
}
