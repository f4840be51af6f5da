using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Security;

[Collection(PortalCollection.Name)]
public sealed class DataProtectionTests(PortalFactory factory)
{
    private static readonly string[] CookiePurposes = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"];

    [Fact]
    public async Task A_sign_in_cookie_is_readable_by_a_fresh_key_ring_loaded_from_the_database_as_after_a_restart()
    {
        var response = await factory.CreatePortalClient().SignInAsync("candidate41@portal.test");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LeadershipPortal.Auth=", StringComparison.Ordinal));
        var value = cookie["LeadershipPortal.Auth=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];

        Assert.True(await Arrange.QueryAsync(factory, db => db.DataProtectionKeys.AnyAsync()));
        using var restarted = KeyRing(persisted: true);
        var ticket = new TicketDataFormat(restarted.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurposes)).Unprotect(value);
        Assert.NotNull(ticket);
        Assert.Equal("candidate41@portal.test", ticket.Principal.Identity!.Name);

        // Without the stored keys the same cookie is unreadable: what a restart did before keys were kept.
        using var forgetful = KeyRing(persisted: false);
        Assert.Null(new TicketDataFormat(forgetful.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurposes)).Unprotect(value));
    }

    private ServiceProvider KeyRing(bool persisted)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<PortalDbContext>(options => options.UseSqlite(factory.ConnectionString));
        var dataProtection = services.AddDataProtection().SetApplicationName("LeadershipPortal");
        if (persisted)
        {
            dataProtection.PersistKeysToDbContext<PortalDbContext>();
        }
        else
        {
            dataProtection.UseEphemeralDataProtectionProvider();
        }

        return services.BuildServiceProvider();
    }
}
