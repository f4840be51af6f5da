namespace LeadershipPortal.Web.Setup;

/// <summary>Response headers that tell browsers what this site may do: no inline script, no framing, no sniffing.</summary>
public static class SecuritySetup
{
    /// <summary>
    /// Scripts and styles only from our own files; images also as data: URIs (the server-made QR code of the
    /// authenticator set-up). No page carries inline script, style attributes or on* handlers.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The Hangfire dashboard (HR and Admin only) is a third-party page built on inline script and style, which the
    /// policy above would break; it gets a policy that allows them but still forbids framing, plug-ins and foreign sources.
    /// </summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static IHostApplicationBuilder AddPortalSecurity(this IHostApplicationBuilder builder)
    {
        // One year, as the HSTS preload list asks; only sent over HTTPS and never to localhost.
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire")
                ? DashboardContentSecurityPolicy
                : ContentSecurityPolicy;
            await next();
        });
        return app;
    }
}
