using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LeadershipPortal.BrowserTests.Infrastructure;

/// <summary>
/// One person's browser: the page, plus the check made on every page a journey visits — axe-core with the
/// WCAG 2.0, 2.1 and 2.2 A and AA rules, and a full-page screenshot kept with the test results.
/// </summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string journey, PortalApp app) : IAsyncDisposable
{
    public const string DemoPassword = "Portal!Demo2026";

    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private int _step;

    public IPage Page { get; } = page;

    public PortalApp App { get; } = app;

    public static string ScreenshotDirectory => Path.Combine(PortalApp.RepositoryRoot, "TestResults", "screenshots");

    /// <summary>Asserts that axe finds no violation on the page as it is now, and saves a screenshot named after the step.</summary>
    public async Task CheckPageAsync(string step)
    {
        _step++;
        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, $"{journey}-{_step:00}-{step}.png"),
            FullPage = true,
        });

        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {Page.Url} ({journey} / {step}):\n{Describe(result.Violations)}");
    }

    /// <summary>Signs in through the real form, found by its labels.</summary>
    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        await Page.GotoAsync("/Identity/Account/Login");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // Attached rather than visible: on a phone the menu that holds it is collapsed.
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", IncludeHidden = true })).ToBeAttachedAsync();
    }

    /// <summary>Accepts the confirmation dialogs that guard final submissions (window.confirm).</summary>
    public void AcceptConfirmations() => Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
}
