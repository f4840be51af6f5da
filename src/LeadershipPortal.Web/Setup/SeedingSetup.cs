using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipPortal.Web.Setup;

public sealed class SeedOptions
{
    /// <summary>Adds the demo accounts and data; true in Development (appsettings.Development.json).</summary>
    public bool Demo { get; set; }

    /// <summary>Where the JSON files are; by default the copy of <c>seed-data/</c> next to the app.</summary>
    public string? Directory { get; set; }
}

public static class SeedingSetup
{
    public static IHostApplicationBuilder AddPortalSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().BindConfiguration("Seed");
        builder.Services.AddScoped<ReferenceDataSeeder>();
        builder.Services.AddScoped<DemoDataSeeder>();

        // The demo seeder audits what it makes; `seed-large` builds a host without the features, so it needs these too.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddScoped<AuditLog>();
        return builder;
    }

    /// <summary>
    /// Brings the database to the latest migration, switches SQLite to the WAL journal, and seeds roles,
    /// reference data and (when <c>Seed:Demo</c> is true) the demo data. Safe to run at every start.
    /// </summary>
    public static async Task PreparePortalDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await PrepareAsync(scope.ServiceProvider);
    }

    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers never wait for the writer; a file setting, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value;
        var files = options.Directory is { Length: > 0 } directory ? new SeedFiles(directory) : SeedFiles.NextToApp();
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(files, cancellationToken);
        if (options.Demo)
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(files, cancellationToken);
        }
    }
}
