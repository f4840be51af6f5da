using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.ComponentTests;

internal static class Localization
{
    /// <summary>The localizers the components inject, reading the web project's resource files as the app does.</summary>
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources");
}
