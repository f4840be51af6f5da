using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a named in-memory SQLite database, migrated and seeded with the demo data at start,
/// exactly as a developer's first run. One open connection keeps the database alive for the host's life.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _keepAlive;
    private readonly List<Action<IServiceCollection>> _serviceChanges = [];

    public PortalFactory()
    {
        ConnectionString = $"Data Source=portal-tests-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        MailDirectory = Directory.CreateTempSubdirectory("portal-mail-").FullName;
        DocumentDirectory = Directory.CreateTempSubdirectory("portal-documents-").FullName;
        DossierDirectory = Directory.CreateTempSubdirectory("portal-dossiers-").FullName;
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public string ConnectionString { get; }

    public string MailDirectory { get; }

    public string DocumentDirectory { get; }

    public string DossierDirectory { get; }

    public TestClock Clock { get; } = new();

    /// <summary>French lookups that found no translation (see <see cref="MissingTranslations"/>).</summary>
    public MissingTranslations Translations { get; } = new();

    /// <summary>Settings a test may change while the host runs.</summary>
    public SettingOverrides Settings { get; } = new();

    /// <summary>Everything the host logs, at the levels its configuration lets through (as in production).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Adds a service change before the host starts (used to inject faults).</summary>
    public PortalFactory WithServices(Action<IServiceCollection> change)
    {
        _serviceChanges.Add(change);
        return this;
    }

    /// <summary>An HTTPS client (sign-in cookies are Secure outside Development) that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreatePortalClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: errors must show the friendly page, as in production.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Documents:StoragePath", DocumentDirectory);
        builder.UseSetting("Dossiers:StoragePath", DossierDirectory);
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.Add(Settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestRemoteAddressFilter>();
            services.AddHttpContextAccessor();
            services.AddSingleton<IInterceptor, FaultInjectionInterceptor>();
            services.AddSingleton<CommandCounter>();
            services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<CommandCounter>());
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Translations);
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.AddSingleton<IStringLocalizerFactory, RecordingStringLocalizerFactory>();
            _serviceChanges.ForEach(change => change(services));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
            foreach (var directory in new[] { MailDirectory, DocumentDirectory, DossierDirectory }.Where(Directory.Exists))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}

/// <summary>Integration tests share one host: starting and seeding it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
