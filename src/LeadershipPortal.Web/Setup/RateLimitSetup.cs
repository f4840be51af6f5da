using System.Globalization;
using System.Threading.RateLimiting;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Setup;

/// <summary>The named rate-limit policies; pages opt in with <c>[EnableRateLimiting(RateLimits.Login)]</c>.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Registration = "registration";
    public const string Applications = "applications";
    public const string Uploads = "uploads";
    public const string Dossiers = "dossiers";

    public static readonly IReadOnlyList<string> All = [Login, Registration, Applications, Uploads, Dossiers];
}

/// <summary>One fixed window per policy and partition: at most <see cref="PermitLimit"/> posts per <see cref="Window"/>.</summary>
public sealed class RateLimitPolicyOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>Bound from <c>RateLimits:{policy}</c>; read when a partition (one client of one policy) first appears.</summary>
public sealed class RateLimitOptions
{
    public RateLimitPolicyOptions Login { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(5) };

    public RateLimitPolicyOptions Registration { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    public RateLimitPolicyOptions Applications { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) };

    public RateLimitPolicyOptions Uploads { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(10) };

    public RateLimitPolicyOptions Dossiers { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) };

    public RateLimitPolicyOptions For(string policy) => policy switch
    {
        RateLimits.Login => Login,
        RateLimits.Registration => Registration,
        RateLimits.Applications => Applications,
        RateLimits.Uploads => Uploads,
        RateLimits.Dossiers => Dossiers,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown rate-limit policy."),
    };
}

public static class RateLimitSetup
{
    public static IHostApplicationBuilder AddPortalRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // The status page (re-executed for 429) reads this header to say when to come back.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };

            foreach (var policy in RateLimits.All)
            {
                options.AddPolicy(policy, context => Partition(context, policy));
            }
        });
        return builder;
    }

    /// <summary>
    /// Only posts count (reading a form is free). A signed-in user is one partition wherever they are; anyone else is
    /// partitioned by IP address. The limit is read from the options when the partition is created, so a configuration
    /// reload applies to clients that appear afterwards.
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext context, string policy)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var key = context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.RequiredUserId()
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue.For(policy);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = limits.Window,
            QueueLimit = 0,
        });
    }
}
