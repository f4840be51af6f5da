using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Jobs;

namespace LeadershipPortal.Web.Setup;

public sealed class JobsOptions
{
    /// <summary>Run a Hangfire server in this process; turn off on web nodes that should only enqueue.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// <c>Sqlite</c> (its own file, <c>ConnectionStrings:Hangfire</c>), <c>PostgreSql</c> (<c>ConnectionStrings:Hangfire</c>,
    /// else the portal's database, in its own <c>hangfire</c> schema) or <c>InMemory</c> (tests). Unset, it follows
    /// <c>Database:Provider</c>.
    /// </summary>
    public string? Storage { get; set; }
}

public static class JobsSetup
{
    public const string DefaultConnectionString = "App_Data/hangfire.db";

    public static IHostApplicationBuilder AddPortalJobs(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddOptions<JobsOptions>().BindConfiguration("Jobs");
        builder.Services.AddHangfire(configuration =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase))
            {
                configuration.UseInMemoryStorage();
            }
            else if (string.Equals(options.Storage, DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase)
                || (options.Storage is null && DatabaseOptions.IsPostgreSql(builder.Configuration)))
            {
                var connectionString = builder.Configuration.GetConnectionString("Hangfire") ?? builder.Configuration.GetConnectionString("Portal")
                    ?? throw new InvalidOperationException("Jobs on PostgreSQL need ConnectionStrings:Hangfire (or ConnectionStrings:Portal).");

                // Every node's server takes jobs from the same queue; a job is held by one worker at a time, and the
                // sliding invisibility timeout keeps a long job held while its node lives and frees it soon after the node dies.
                configuration.UsePostgreSqlStorage(
                    bootstrapper => bootstrapper.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromMinutes(5),
                        PrepareSchemaIfNecessary = true,
                    });
            }
            else
            {
                var path = builder.Configuration.GetConnectionString("Hangfire") ?? DefaultConnectionString;
                path = Path.IsPathRooted(path) ? path : Path.Combine(builder.Environment.ContentRootPath, path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);

                // The default 15-second poll makes queued work wait visibly; one second keeps jobs prompt.
                configuration.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            }
        });

        if (options.RunServer)
        {
            builder.Services.AddHangfireServer(server => server.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        }

        builder.Services.AddScoped<AssessorReminderJob>();
        builder.Services.AddScoped<MentoringReminderJob>();
        return builder;
    }

    /// <summary>The dashboard for HR and Admin only, and the recurring jobs.</summary>
    public static WebApplication MapPortalJobs(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new RoleDashboardAuthorization()],
            DashboardTitle = "LeadershipPortal jobs",
            AppPath = "/",
        }).RequireAuthorization(Policies.HrOrAdmin);

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<AssessorReminderJob>(AssessorReminderJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(6));
        recurring.AddOrUpdate<MentoringReminderJob>(MentoringReminderJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(6, 30));
        return app;
    }

    /// <summary>Belt and braces behind the endpoint policy: the dashboard checks the roles itself too.</summary>
    private sealed class RoleDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.IsInRole(Roles.HR) || user.IsInRole(Roles.Admin);
        }
    }
}
