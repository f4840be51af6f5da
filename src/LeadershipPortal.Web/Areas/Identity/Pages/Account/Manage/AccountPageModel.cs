using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A page of the signed-in person's own account. The account is loaded once, before any handler runs; an account
/// that no longer exists (deleted while signed in) answers 404, as the Identity UI package's pages do.
/// </summary>
public abstract class AccountPageModel(UserManager<PortalUser> users) : PageModel
{
    protected UserManager<PortalUser> Users { get; } = users;

    /// <summary>The signed-in person's account, loaded before the handler.</summary>
    protected PortalUser Account { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await Users.GetUserAsync(User) is not { } account)
        {
            context.Result = NotFound();
            return;
        }

        Account = account;
        await next();
    }
}
