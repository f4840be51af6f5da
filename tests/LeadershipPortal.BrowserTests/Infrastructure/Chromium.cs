namespace LeadershipPortal.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium drives the browser tests (Playwright's own browser downloads cannot reach this network).
/// On CI (<c>CI=true</c>) a missing browser fails the tests; elsewhere it skips them with how to install it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallHint = "Install it with: apt-get update && apt-get install -y chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage => $"Chromium was not found at {ExecutablePath}. {InstallHint}";
}

/// <summary>
/// A fact that runs in a real browser: skipped, with the reason, when Chromium is missing outside CI.
/// On CI it runs, and the fixture fails it with the same message.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            Skip = $"Browser test skipped: {Chromium.MissingMessage}";
        }
    }
}
