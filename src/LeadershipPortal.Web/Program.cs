using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalSecurity();
builder.AddPortalRateLimits();
builder.AddPortalEmail();
builder.AddPortalFeatures();
builder.AddPortalPages();
builder.AddPortalHealthChecks();
builder.AddPortalSeeding();
builder.AddPortalJobs();

var app = builder.Build();

app.UsePortalErrorPages();
app.UsePortalSecurityHeaders();
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
