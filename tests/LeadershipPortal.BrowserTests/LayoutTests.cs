using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

/// <summary>What every page owes a keyboard, screen-reader or phone user, checked in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task The_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_main_content()
    {
        await using var session = await fixture.NewSessionAsync("layout");
        var page = session.Page;
        await page.GotoAsync("/Vacancies");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await session.CheckPageAsync("skip-link-focused");

        // The focus ring is drawn (an outline of some width), not left to the browser's default or removed.
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.StartsWith("solid", outline, StringComparison.Ordinal);
        Assert.NotEqual("solid 0px", outline);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task A_refused_form_ties_each_error_to_its_field()
    {
        await using var session = await fixture.NewSessionAsync("validation");
        var page = session.Page;
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Full name").FillAsync("Short Password");
        await page.GetByLabel("Email address").FillAsync($"short-{Guid.NewGuid():N}@example.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Confirm password").FillAsync("short");

        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        var password = page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("at least 12 characters"));
        await session.CheckPageAsync("register-refused");
    }

    [BrowserFact]
    public async Task Main_pages_fit_a_375_pixel_wide_phone_without_horizontal_scrolling()
    {
        await using var session = await fixture.NewSessionAsync("phone", width: 375);
        var page = session.Page;
        await session.SignInAsync("candidate1@portal.test");

        var tooWide = new List<string>();
        foreach (var path in new[] { "/", "/Vacancies", "/Candidate", "/Candidate/Profile", "/Candidate/Documents", "/Candidate/Applications", "/Privacy" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > 375)
            {
                tooWide.Add($"{path} is {scrollWidth} px wide; past the edge: {await page.EvaluateAsync<string>(WidestElements)}");
            }
        }

        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));

        await page.GotoAsync("/Vacancies");
        await session.CheckPageAsync("vacancies-375");
    }

    [BrowserFact]
    public async Task Form_controls_are_at_least_24_pixels_square()
    {
        await using var session = await fixture.NewSessionAsync("targets");
        var page = session.Page;
        await session.SignInAsync("candidate2@portal.test");

        var tooSmall = new List<string>();
        foreach (var path in new[] { "/Candidate/Profile", "/Candidate/Documents", "/Vacancies" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var small = await page.EvaluateAsync<string[]>(SmallTargets);
            tooSmall.AddRange(small.Select(s => $"{path}: {s}"));
        }

        Assert.True(tooSmall.Count == 0, "Targets under 24 x 24 px:\n" + string.Join("\n", tooSmall));
        await page.GotoAsync("/Candidate/Profile");
        await session.CheckPageAsync("profile-targets");
    }

    // Visible form controls and buttons whose box is under 24 CSS pixels in either direction.
    private const string SmallTargets = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, .btn')]
            .filter(e => e.offsetParent !== null)
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(x => x.r.width < 24 || x.r.height < 24)
            .map(x => (x.e.id || x.e.name || x.e.textContent.trim()) + ' ' + Math.round(x.r.width) + 'x' + Math.round(x.r.height))
        """;

    // Names the first elements that stick out past the viewport, so that a failure says what to fix.
    internal const string WidestElements = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 6)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')')
            .join(', ')
        """;
}
