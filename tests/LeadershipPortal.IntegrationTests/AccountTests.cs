using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class AccountTests(PortalFactory factory)
{
    [Fact]
    public async Task A_wrong_password_shows_the_standard_message_and_counts_toward_lockout()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("candidate30@portal.test", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("Invalid login attempt.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await FailedCountAsync("candidate30@portal.test"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("candidate31@portal.test", "wrong-password-" + i);
        }

        var response = await client.SignInAsync("candidate31@portal.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Lockout", response.Headers.Location!.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync("candidate31@portal.test");
        Assert.True(await users.IsLockedOutAsync(user!));
        var end = await users.GetLockoutEndDateAsync(user!);
        Assert.InRange(end!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task Registering_creates_a_candidate_with_a_profile_and_signs_them_in()
    {
        var client = factory.CreatePortalClient();
        var page = await client.GetDocumentAsync("/Identity/Account/Register");

        var response = await client.SubmitAsync(page, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Amina Diallo",
            ["Input.Email"] = "amina.diallo@example.org",
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Candidate", response.Headers.Location!.OriginalString);
        var dashboard = await client.GetDocumentAsync("/Candidate");
        Assert.Contains("Amina Diallo", dashboard.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "amina.diallo@example.org");
        Assert.Equal("Amina Diallo", user.DisplayName);
        Assert.True(await db.Candidates.AnyAsync(c => c.UserId == user.Id && c.FullName == "Amina Diallo"));
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().IsInRoleAsync(user, Roles.Candidate));
    }

    [Fact]
    public async Task A_password_shorter_than_twelve_characters_is_refused_and_nothing_is_saved()
    {
        var client = factory.CreatePortalClient();
        var page = await client.GetDocumentAsync("/Identity/Account/Register");

        var response = await client.SubmitAsync(page, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Short Password",
            ["Input.Email"] = "short.password@example.org",
            ["Input.Password"] = "elevenchars",
            ["Input.ConfirmPassword"] = "elevenchars",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HtmlPages.ParseAsync(response);
        Assert.Contains("at least 12 characters", result.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == "short.password@example.org"));
    }

    private async Task<int> FailedCountAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        return user!.AccessFailedCount;
    }
}
