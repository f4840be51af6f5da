using System.Net;
using System.Text.RegularExpressions;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed partial class AdminUsersTests(PortalFactory factory)
{
    [Fact]
    public async Task Admin_finds_users_by_name_or_email_and_role()
    {
        var client = await AdminClientAsync();

        var byEmail = await client.GetDocumentAsync("/Admin/Users?q=assessor1");
        var rows = byEmail.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("assessor1@portal.test", rows[0].TextContent, StringComparison.Ordinal);

        var mentors = await client.GetDocumentAsync("/Admin/Users?role=Mentor");
        Assert.All(mentors.QuerySelectorAll("tbody tr"), r => Assert.Contains("Mentor", r.Children[2].TextContent, StringComparison.Ordinal));
        Assert.True(mentors.QuerySelectorAll("tbody tr").Length >= 2);
    }

    [Fact]
    public async Task An_invited_assessor_gets_an_email_link_that_sets_their_password_and_lets_them_in()
    {
        var client = await AdminClientAsync();
        var invite = await client.GetDocumentAsync("/Admin/Users/Invite");
        invite.SetCheckboxes("main form", "Input.Roles", [Roles.Assessor]);

        var response = await client.SubmitAsync(invite, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ingrid Solberg",
            ["Input.Email"] = "ingrid.solberg@example.org",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Mailbox.For(factory, "ingrid.solberg@example.org").Single();
        Assert.Equal("You are invited to LeadershipPortal", mail.Subject);
        var link = WebUtility.HtmlDecode(LinkPattern().Match(mail.HtmlBody ?? string.Empty).Groups[1].Value);
        Assert.Contains("/Identity/Account/ResetPassword", link, StringComparison.Ordinal);

        var invitee = factory.CreatePortalClient();
        var reset = await invitee.GetDocumentAsync(new Uri(link).PathAndQuery);
        var set = await invitee.SubmitAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "ingrid.solberg@example.org",
            ["Input.Password"] = "fjord lighthouse morning",
            ["Input.ConfirmPassword"] = "fjord lighthouse morning",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var signIn = await invitee.SignInAsync("ingrid.solberg@example.org", "fjord lighthouse morning");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync("/Assess")).StatusCode);
    }

    [Fact]
    public async Task Inviting_without_a_role_is_refused_with_a_message_and_creates_nobody()
    {
        var client = await AdminClientAsync();
        var invite = await client.GetDocumentAsync("/Admin/Users/Invite");

        var response = await client.SubmitAsync(invite, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "No Role",
            ["Input.Email"] = "no.role@example.org",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("Choose at least one role.", page.QuerySelector("[data-valmsg-for='Input.Roles']")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == "no.role@example.org"));
    }

    [Fact]
    public async Task A_role_change_takes_effect_and_is_recorded_in_the_audit_chain()
    {
        var client = await AdminClientAsync();
        var userId = await UserIdAsync("mentor8@portal.test");
        var details = await client.GetDocumentAsync($"/Admin/Users/Details/{userId}");
        details.SetCheckboxes("form[action*='handler=Roles']", "SelectedRoles", [Roles.Mentor, Roles.Assessor]);

        var response = await client.SubmitAsync(details, "form[action*='handler=Roles']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId);
        Assert.Equal([Roles.Assessor, Roles.Mentor], (await users.GetRolesAsync(user!)).Order());
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var recorded = await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync(e => e.EntityId == userId);
        Assert.Equal("RolesChanged", recorded.Action);
        Assert.Contains("Added: Assessor", recorded.Details, StringComparison.Ordinal);
        Assert.True(Domain.Audit.AuditChain.Verify(await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        var admin = await AdminClientAsync();
        var userId = await UserIdAsync("candidate40@portal.test");
        var details = await admin.GetDocumentAsync($"/Admin/Users/Details/{userId}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(details, "form[action*='handler=Lock']")).StatusCode);

        var refused = await factory.CreatePortalClient().SignInAsync("candidate40@portal.test");
        Assert.Equal("/Identity/Account/Lockout", refused.Headers.Location!.OriginalString);

        details = await admin.GetDocumentAsync($"/Admin/Users/Details/{userId}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(details, "form[action*='handler=Unlock']")).StatusCode);
        var allowed = await factory.CreatePortalClient().SignInAsync("candidate40@portal.test");
        Assert.Equal("/", allowed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var client = await AdminClientAsync();
        var adminId = await UserIdAsync("admin@portal.test");
        var details = await client.GetDocumentAsync($"/Admin/Users/Details/{adminId}");
        details.SetCheckboxes("form[action*='handler=Roles']", "SelectedRoles", [Roles.HR]);

        var response = await client.SubmitAsync(details, "form[action*='handler=Roles']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("cannot remove the Admin role from your own account", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(adminId))!, Roles.Admin));
    }

    [Fact]
    public async Task An_unknown_user_id_is_not_found()
    {
        var client = await AdminClientAsync();

        var response = await client.GetAsync($"/Admin/Users/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("admin@portal.test");
        return client;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
