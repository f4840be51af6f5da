using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// An Identity UI package page this app replaces with an answer and nothing else: whatever the method or handler
/// asked for, <see cref="Answer"/> is returned before any of the package's steps could run.
/// </summary>
public abstract class NotServedPageModel : PageModel
{
    protected abstract IActionResult Answer();

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => context.Result = Answer();
}
