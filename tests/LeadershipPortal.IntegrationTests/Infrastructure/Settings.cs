using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The last configuration source of the test host. A test may change a setting while the host runs (options
/// monitors see the change at once) and must undo it by disposing the result.
/// </summary>
public sealed class SettingOverrides : IConfigurationSource
{
    private readonly Provider _provider = new();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => _provider;

    public IDisposable Set(string key, string value)
    {
        _provider.Change(key, value);
        return new Undo(() => _provider.Change(key, null));
    }

    private sealed class Provider : ConfigurationProvider
    {
        public void Change(string key, string? value)
        {
            if (value is null)
            {
                Data.Remove(key);
            }
            else
            {
                Data[key] = value;
            }

            OnReload();
        }
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

/// <summary>
/// Lets a request say which client address it comes from (the test server has none), so that tests of per-address
/// limits get a partition of their own. Requests without the header are untouched.
/// </summary>
public sealed class TestRemoteAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
