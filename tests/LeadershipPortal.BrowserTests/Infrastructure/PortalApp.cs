using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace LeadershipPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real app in its own process (<c>dotnet LeadershipPortal.Web.dll</c>) on a free loopback port, with a
/// fresh SQLite database seeded with the demo data, as a developer's first run. Development is used because
/// the demo accounts exist only there (and staff sign in without a second factor).
/// </summary>
public sealed class PortalApp : IAsyncDisposable
{
    // Seeding hashes ~70 demo passwords (PBKDF2, 210,000 iterations): minutes on a busy, shared CI machine.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(420);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly DirectoryInfo _dataDirectory;
    private readonly bool _ownsData;

    private PortalApp(Process process, DirectoryInfo dataDirectory, bool ownsData, Uri baseUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        _ownsData = ownsData;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The repository's root, found from the web project's directory baked in at build time.</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Metadata("WebProjectDirectory"), "..", ".."));

    /// <summary>The folder of the app's database, Hangfire storage, documents, dossiers and mail.</summary>
    public string DataDirectory => _dataDirectory.FullName;

    /// <summary>The dossier folder inside <see cref="DataDirectory"/>.</summary>
    public string DossierDirectory => Path.Combine(DataDirectory, "dossiers");

    /// <summary>A fresh app on a new temporary folder, deleted when the app is disposed.</summary>
    public static Task<PortalApp> StartAsync() => StartAsync(new Dictionary<string, string>());

    /// <summary>
    /// A fresh app with <paramref name="settings"/> as environment variables (<c>Database__Provider</c>, ...) over the
    /// defaults below; the scale-out tests start several nodes on one PostgreSQL database this way.
    /// </summary>
    public static Task<PortalApp> StartAsync(IReadOnlyDictionary<string, string> settings) =>
        StartAsync(Directory.CreateTempSubdirectory("portal-browser-"), settings, ownsData: true);

    /// <summary>
    /// The app on <paramref name="dataDirectory"/> (kept after disposal unless <paramref name="ownsData"/>), so that
    /// a test can start it again on the same data; <paramref name="settings"/> are extra environment settings.
    /// </summary>
    public static async Task<PortalApp> StartAsync(DirectoryInfo dataDirectory, IReadOnlyDictionary<string, string> settings, bool ownsData = false)
    {
        var assemblyPath = Metadata("WebAssemblyPath");
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"The app is not built at {assemblyPath}; build the solution first.");
        }

        var port = FreeLoopbackPort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");

        var start = new ProcessStartInfo("dotnet")
        {
            // The project folder as content root, exactly as `dotnet run` does (wwwroot, appsettings).
            WorkingDirectory = Metadata("WebProjectDirectory"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assemblyPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(dataDirectory.FullName, "portal.db")}";
        start.Environment["ConnectionStrings__Hangfire"] = Path.Combine(dataDirectory.FullName, "hangfire.db");
        start.Environment["Seed__Demo"] = "true";
        start.Environment["Documents__StoragePath"] = Path.Combine(dataDirectory.FullName, "documents");
        start.Environment["Dossiers__StoragePath"] = Path.Combine(dataDirectory.FullName, "dossiers");
        start.Environment["Email__PickupDirectory"] = Path.Combine(dataDirectory.FullName, "mail");

        // Every journey signs in from the same loopback address; the limits themselves are proved by the integration tests.
        start.Environment["RateLimits__Login__PermitLimit"] = "1000";
        start.Environment["RateLimits__Registration__PermitLimit"] = "1000";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var process = new Process { StartInfo = start };
        var app = new PortalApp(process, dataDirectory, ownsData, baseUrl);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await app.WaitUntilHealthyAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Stops the process at once, as a crash or a pulled plug would (SIGKILL): nothing runs on the way out.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a late writer stays in the temp folder; nothing depends on it.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        string? lastAnswer = null;
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before /healthz answered.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastAnswer = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = e.Message;
            }
            catch (TaskCanceledException)
            {
                lastAnswer = "no answer within 5 seconds";
            }

            // Bounded polling: the app needs a few seconds to migrate and seed a fresh database.
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new InvalidOperationException($"The app did not answer /healthz within {StartTimeout.TotalSeconds} s (last: {lastAnswer}).\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Keep the tail: enough to explain a failed start without growing without bound.
            if (_output.Length > 200_000)
            {
                _output.Remove(0, 100_000);
            }

            _output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Metadata(string key) =>
        typeof(PortalApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
