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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly DirectoryInfo _dataDirectory;

    private PortalApp(Process process, DirectoryInfo dataDirectory, Uri baseUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The repository's root, found from the web project's directory baked in at build time.</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Metadata("WebProjectDirectory"), "..", ".."));

    /// <param name="settings">
    /// Configuration for this instance as environment variables (<c>Database__Provider</c>, ...), over the defaults
    /// above; the scale-out tests start several nodes on one PostgreSQL database this way.
    /// </param>
    public static async Task<PortalApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var assemblyPath = Metadata("WebAssemblyPath");
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"The app is not built at {assemblyPath}; build the solution first.");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("portal-browser-");
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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");

        var process = new Process { StartInfo = start };
        var app = new PortalApp(process, dataDirectory, baseUrl);
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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
