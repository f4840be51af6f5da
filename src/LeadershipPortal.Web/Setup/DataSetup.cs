using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadershipPortal.Web.Setup;

public sealed class DatabaseOptions
{
    public const string Sqlite = nameof(Sqlite);

    public const string PostgreSql = nameof(PostgreSql);

    [RegularExpression("^(Sqlite|PostgreSql)$", ErrorMessage = "Database:Provider must be Sqlite or PostgreSql.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Whether the configuration asks for PostgreSQL (read before the options exist, to choose services).</summary>
    public static bool IsPostgreSql(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], PostgreSql, StringComparison.Ordinal);
}

public static class DataSetup
{
    public const string DefaultConnectionString = "Data Source=App_Data/portal.db";

    public static IHostApplicationBuilder AddPortalData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();

        // Interceptors come from DI so that tests and diagnostics can add their own (as singletons). The options are
        // built once per process, not once per request: building them was a tenth of a cheap page's allocations.
        if (DatabaseOptions.IsPostgreSql(builder.Configuration))
        {
            // Its own context type carries PostgreSQL's migrations; everything else asks for PortalDbContext.
            var connectionString = builder.Configuration.GetConnectionString("Portal")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql: set ConnectionStrings:Portal to an Npgsql connection string.");
            builder.Services.AddDbContext<PortalDbContext, PostgreSqlPortalDbContext>((services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(services.GetServices<IInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var connectionString = ResolveSqlite(builder.Configuration.GetConnectionString("Portal") ?? DefaultConnectionString, builder.Environment.ContentRootPath);
            // SQLite's locking rules (WAL, busy timeout, BEGIN IMMEDIATE, retry) are in SqliteConcurrency.
            builder.Services.AddDbContext<PortalDbContext>((services, options) => options
                .UsePortalSqlite(connectionString)
                .AddInterceptors(services.GetServices<IInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
        }

        builder.Services.AddDatabaseDeveloperPageExceptionFilter();

        // Keys in the database: sign-ins and emailed links survive a restart, and every node reads the same ring.
        builder.Services.AddDataProtection()
            .SetApplicationName("LeadershipPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root, and creates its folder.</summary>
    public static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        var isMemory = csb.Mode == SqliteOpenMode.Memory || csb.DataSource is "" or ":memory:";
        if (!isMemory)
        {
            var path = Path.IsPathRooted(csb.DataSource) ? csb.DataSource : Path.Combine(contentRoot, csb.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }

        return csb.ToString();
    }
}
