using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Setup;

public static class IdentitySetup
{
    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<PortalUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): at least 12 characters, nothing else imposed.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddUserManager<PortalUserManager>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders()
            .AddDefaultUI()

            // After the default UI, which registers the stock sign-in manager again.
            .AddSignInManager<PortalSignInManager>();

        // Identity's messages are localized (LocalizedIdentityErrorDescriber); hosts without the app's localization
        // setup (the large-data seeder) still need a localizer, which then speaks English.
        builder.Services.AddLocalization();

        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        // Invitation links stay valid for a week; password-reset tokens share this provider.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(7));

        builder.Services.AddScoped<SecurityAudit>();
        builder.Services.AddOptions<PortalIdentityOptions>().BindConfiguration("Identity");

        // A role change, lock or password change (each renews the security stamp) reaches open sessions within two minutes.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(2));

        // Every cookie of sign-in (application, two-factor, external) is out of script's reach and HTTPS-only outside Development.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
        });
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = secure);

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.LogoutPath = "/Identity/Account/Logout";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            options.Cookie.Name = "LeadershipPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // Identity's stamp check builds a sign-in manager, and with it a user manager and its metrics, on every
            // request only to find the cookie too young to check. Its own rule (checked once the interval has passed)
            // is applied here first, so the check and what it builds run only when due.
            options.Events.OnValidatePrincipal = context =>
            {
                var stamp = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
                var now = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
                return context.Properties.IssuedUtc is { } issued && now - issued <= stamp.ValidationInterval
                    ? Task.CompletedTask
                    : SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Candidate, p => p.RequireRole(Roles.Candidate))
            .AddPolicy(Policies.Assessor, p => p.RequireRole(Roles.Assessor))
            .AddPolicy(Policies.Mentor, p => p.RequireRole(Roles.Mentor))
            .AddPolicy(Policies.HeadOfMission, p => p.RequireRole(Roles.HeadOfMission))
            .AddPolicy(Policies.Mentoring, p => p.RequireRole(Roles.Mentor, Roles.HeadOfMission))
            .AddPolicy(Policies.HR, p => p.RequireRole(Roles.HR))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.HrOrAdmin, p => p.RequireRole(Roles.HR, Roles.Admin));

        return builder;
    }
}
