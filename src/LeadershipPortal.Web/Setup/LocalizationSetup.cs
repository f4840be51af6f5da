using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace LeadershipPortal.Web.Setup;

/// <summary>
/// English and French, the Secretariat's two working languages. Views use <c>IViewLocalizer</c> with one
/// French resource file per view under <c>Resources/</c> (the English text is the key, so English needs no
/// file); code uses <c>IStringLocalizer&lt;SharedResource&gt;</c>. The choice is kept in a cookie.
/// </summary>
public static class LocalizationSetup
{
    public static IHostApplicationBuilder AddPortalLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages()
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.ConfigureOptions<ModelBindingMessages>();

        // Razor's encoder passes only ASCII by default, so every é, « » and — became a numeric entity: French pages
        // grew and each such string was copied to encode it. Markup-significant characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = PortalCultures.Supported.Select(name => new CultureInfo(name)).ToList();
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The remembered choice first, then the browser's languages; never the query string.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
