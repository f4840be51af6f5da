using Microsoft.Playwright;

namespace LeadershipPortal.BrowserTests.Infrastructure;

/// <summary>
/// One app process and one Chromium for the whole browser suite; each test gets its own browser context
/// (its own cookies), so a candidate, an assessor and HR never share a session.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalApp? App { get; private set; }

    public async Task InitializeAsync()
    {
        // Without Chromium nothing starts: the tests are skipped (BrowserFact) or, on CI, fail in NewSessionAsync.
        if (!Chromium.IsInstalled)
        {
            return;
        }

        App = await PortalApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser context on the app; <paramref name="width"/> narrows the viewport (phones).</summary>
    public async Task<BrowserSession> NewSessionAsync(string journey, int width = 1280)
    {
        if (_browser is null || App is null)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB",
        });

        // Generous but bounded: a page of this app answers in well under a second on a quiet machine.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, journey, App);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

/// <summary>Browser tests share one app and one browser: starting and seeding the app is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
