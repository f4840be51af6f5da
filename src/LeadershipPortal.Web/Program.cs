using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Setup;

// `backup PATH` copies the database online and exits (see README); anything else runs the app.
var backupTarget = DatabaseBackup.Target(args);
var builder = WebApplication.CreateBuilder(backupTarget is null ? args : []);
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
