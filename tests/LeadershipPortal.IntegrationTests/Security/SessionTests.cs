using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory factory)
{
    [Fact]
    public async Task A_locked_users_open_session_stops_working_once_the_validation_interval_has_passed()
    {
        var (email, userId) = await TestUsers.CreateAsync(factory, "locked-session", Roles.Mentor);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Manage")).StatusCode);

        await AsAdminAsync((users, adminId) => users.LockAsync(adminId, userId));

        // The cookie is trusted until its security stamp is checked again ...
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Manage")).StatusCode);

        // ... which happens within two minutes.
        using (factory.Clock.Shift(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(5)))
        {
            var response = await client.GetAsync("/Identity/Account/Manage");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_role_change_ends_the_open_session_within_the_validation_interval()
    {
        var (email, userId) = await TestUsers.CreateAsync(factory, "role-session", Roles.Mentor, Roles.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Assess")).StatusCode);

        await AsAdminAsync((users, adminId) => users.SetRolesAsync(adminId, userId, [Roles.Mentor]));

        using (factory.Clock.Shift(TimeSpan.FromMinutes(3)))
        {
            // A new security stamp signs the session out: the user signs in again and gets their new roles.
            var response = await client.GetAsync("/Assess");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Identity_keeps_the_lockout_password_and_hashing_settings()
    {
        var identity = factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(5, identity.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), identity.Lockout.DefaultLockoutTimeSpan);
        Assert.Equal(12, identity.Password.RequiredLength);
        Assert.False(identity.Password.RequireDigit || identity.Password.RequireUppercase || identity.Password.RequireLowercase || identity.Password.RequireNonAlphanumeric);
        Assert.Equal(210_000, factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount);
        Assert.Equal(TimeSpan.FromMinutes(2), factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    [Fact]
    public async Task A_stored_password_hash_uses_the_raised_iteration_count()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "hash", Roles.Mentor);
        var hash = await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());

        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(210_000, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4)));
    }

    private async Task AsAdminAsync(Func<UserAdministration, string, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var adminId = await scope.ServiceProvider.GetRequiredService<Web.Data.PortalDbContext>().Users.Where(u => u.Email == "admin@portal.test").Select(u => u.Id).SingleAsync();
        await change(scope.ServiceProvider.GetRequiredService<UserAdministration>(), adminId);
    }
}
