using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages;

/// <summary>
/// Friendly pages for status codes (re-executed by the status-code middleware) and for unknown paths
/// (the routing fallback, which arrives without a code and is a 404).
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string RequestId { get; private set; } = string.Empty;

    /// <summary>Set by the rate limiter on a 429.</summary>
    public int? RetryAfterSeconds { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        // A re-executed POST whose body could not be read (too large, malformed) binds nothing, not even
        // the route's code: fall back to the code the original request failed with.
        code ??= HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        Code = code is >= 400 and < 600 ? code.Value : StatusCodes.Status404NotFound;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
        RetryAfterSeconds = int.TryParse(Response.Headers.RetryAfter, out var seconds) ? seconds : null;
        return Page();
    }
}
