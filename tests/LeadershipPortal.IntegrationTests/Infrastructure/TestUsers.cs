using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>Accounts a test makes for itself, so that it may change them freely (lock them, turn on two-factor).</summary>
public static class TestUsers
{
    /// <summary>Creates an account with the demo password and these roles; returns its email and id.</summary>
    public static async Task<(string Email, string Id)> CreateAsync(PortalFactory factory, string prefix, params string[] roles)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Test " + prefix, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Accounts.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return (email, user.Id);
    }

    /// <summary>Changes one of the test's own accounts through Identity (e.g. its language or a confirmed address).</summary>
    public static async Task UpdateAsync(PortalFactory factory, string id, Action<PortalUser> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(id))!;
        change(user);
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }
}
