using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Setup;

// `backup PATH` copies the database online and exits (see README); anything else runs the app.
// `seed-large --seed N [--scale X] [--database PATH]` fills an empty database for load tests and exits (see README).
var backupTarget = DatabaseBackup.Target(args);
var largeSeed = LargeDataSeeder.Parse(args);
var builder = WebApplication.CreateBuilder(backupTarget is null && largeSeed is null ? args : []);
if (largeSeed is not null)
{
    await LargeDataSeeder.RunAsync(builder, largeSeed);
    return;
}

if (backupTarget is not null)
{
    await DatabaseBackup.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, backupTarget);
    return;
}

builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalSecurity();
builder.AddPortalRateLimits();
builder.AddPortalEmail();
builder.AddPortalFeatures();
builder.AddPortalPages();
builder.AddPortalLocalization();
builder.AddPortalHealthChecks();
builder.AddPortalSeeding();
builder.AddPortalJobs();

var app = builder.Build();

app.UsePortalErrorPages();
app.UsePortalSecurityHeaders();
app.UsePortalLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseStaffTwoFactorRequirement();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapPortalHealthChecks();
app.MapPortalJobs();
app.MapFallbackToPage("/Status");

await app.PreparePortalDatabaseAsync();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
