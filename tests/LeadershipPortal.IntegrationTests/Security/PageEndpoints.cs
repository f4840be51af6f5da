using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using LeadershipPortal.IntegrationTests.Infrastructure;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>One Razor Page as routing knows it: its route pattern and the named POST handlers of its model.</summary>
public sealed record PageEndpoint(string Route, IReadOnlyList<string?> PostHandlers)
{
    public bool HasParameters => Route.Contains('{', StringComparison.Ordinal);

    /// <summary>The URL of one POST handler on a concrete path of this page.</summary>
    public static string HandlerUrl(string path, string? handler) => handler is null ? path : $"{path}?handler={handler}";
}

/// <summary>
/// Every Razor Page the running app serves, read from its endpoint data source (pages the app adds later are
/// found without touching the tests). Handlers come from the compiled page descriptors, loaded as routing would.
/// </summary>
public static class PageEndpoints
{
    public static async Task<IReadOnlyList<PageEndpoint>> ListAsync(PortalFactory factory)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageEndpoint>();
        foreach (var group in endpoints
                     .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                     .Where(e => e.RoutePattern.RawText?.Contains("{*", StringComparison.Ordinal) != true)
                     .GroupBy(e => (e.Metadata.GetMetadata<PageActionDescriptor>()!.AreaName, e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)))
        {
            // An Index page answers at "Folder" and "Folder/Index": the shorter is the page's address.
            var endpoint = group.OrderBy(e => e.RoutePattern.RawText!.Length).First();
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>()!;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var posts = compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Name)
                .Distinct()
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            pages.Add(new PageEndpoint("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), posts));
        }

        return pages.OrderBy(p => p.Route, StringComparer.Ordinal).ToList();
    }
}
