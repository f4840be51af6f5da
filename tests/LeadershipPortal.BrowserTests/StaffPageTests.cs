using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

/// <summary>What the pages of every role owe people who cannot tell colours apart or read on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPageTests(BrowserFixture fixture)
{
    // Pages with status badges, flags, attainment colours and wide tables, per account that can open them.
    private static readonly (string Account, string[] Paths)[] Pages =
    [
        ("hr@portal.test", ["/Hr", "/Hr/Vacancies", "/Hr/Roster", "/Hr/Mentoring", "/Hr/Dossiers", "/Hr/GenderBalance", "/Hr/GenderBalance/States", "/Hr/GenderBalance/Targets"]),
        ("admin@portal.test", ["/Admin", "/Admin/Users", "/Admin/Audit", "/Admin/Frameworks"]),
        ("assessor1@portal.test", ["/Assess"]),
        ("mentor1@portal.test", ["/Mentoring"]),
        ("hom2@portal.test", ["/Mentoring"]),
        ("candidate1@portal.test", ["/Candidate", "/Candidate/Applications"]),
    ];

    [BrowserFact]
    public async Task Every_status_badge_and_flag_says_in_words_what_its_colour_shows()
    {
        var colourOnly = new List<string>();
        var checkedElements = 0;
        foreach (var (account, paths) in Pages)
        {
            await using var session = await fixture.NewSessionAsync("colour-" + account.Split('@')[0]);
            var page = session.Page;
            await session.SignInAsync(account);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                var found = await page.EvaluateAsync<string[]>(ColourOnlyElements);
                colourOnly.AddRange(found.Select(e => $"{account} {path}: {e}"));
                checkedElements += await page.EvaluateAsync<int>(ColouredElementCount);
            }

            await session.CheckPageAsync("colour");
        }

        Assert.True(checkedElements > 10, $"Only {checkedElements} badges were found; the pages under test no longer show their statuses.");
        Assert.True(colourOnly.Count == 0, "Elements that tell something by colour alone (no text, no accessible name):\n" + string.Join("\n", colourOnly));
    }

    [BrowserFact]
    public async Task Pages_with_wide_tables_fit_a_375_pixel_wide_phone_and_scroll_the_table_instead()
    {
        var problems = new List<string>();
        foreach (var (account, paths) in Pages)
        {
            await using var session = await fixture.NewSessionAsync("phone-" + account.Split('@')[0], width: 375);
            var page = session.Page;
            await session.SignInAsync(account);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                var unwrapped = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table')].filter(t => !t.closest('.table-responsive')).length");
                if (unwrapped > 0)
                {
                    problems.Add($"{account} {path}: {unwrapped} table(s) outside .table-responsive");
                }

                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > 375)
                {
                    problems.Add($"{account} {path} is {scrollWidth} px wide; past the edge: {await page.EvaluateAsync<string>(LayoutTests.WidestElements)}");
                }
            }

            await session.CheckPageAsync("phone");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Coloured status elements (badges, text-bg/bg colours, danger/success/warning text) that are shown but carry no
    // words: no visible text, no aria-label, no title. Empty validation placeholders carry nothing and are skipped.
    private const string ColourOnlyElements = """
        () => [...document.querySelectorAll('main .badge, main [class*="text-bg-"], main [class*=" bg-"], main [class^="bg-"], main .text-danger, main .text-success, main .text-warning')]
            .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
            .filter(e => !e.matches('.field-validation-valid, .validation-summary-valid, [data-valmsg-for]:empty'))
            .filter(e => !((e.innerText || '').trim() || (e.getAttribute('aria-label') || '').trim() || (e.getAttribute('title') || '').trim()
                || (e.closest('[role=img], [role=progressbar], [role=meter]')?.getAttribute('aria-label') || '').trim()))
            .slice(0, 20)
            .map(e => e.outerHTML.slice(0, 160))
        """;

    private const string ColouredElementCount = "() => document.querySelectorAll('main .badge, main [class*=\"text-bg-\"]').length";
}
