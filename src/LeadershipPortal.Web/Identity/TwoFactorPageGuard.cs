using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LeadershipPortal.Web.Identity;

/// <summary>
/// The default Identity UI's two-factor pages throw (a 500) when opened out of sequence: the sign-in code pages
/// without a pending two-factor sign-in, and the disable and recovery-code pages while two-factor is off.
/// This guard sends the visitor to the step that makes sense instead.
/// </summary>
public sealed class TwoFactorPageGuard : IAsyncPageFilter
{
    /// <summary>Identity area pages guarded, each with the check that must pass for it to open.</summary>
    public static readonly IReadOnlyList<string> SignInPages = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    public static readonly IReadOnlyList<string> ManagePages = ["/Account/Manage/Disable2fa", "/Account/Manage/GenerateRecoveryCodes"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (SignInPages.Contains(page))
        {
            var pending = await services.GetRequiredService<SignInManager<PortalUser>>().GetTwoFactorAuthenticationUserAsync();
            if (pending is null)
            {
                context.Result = new RedirectToPageResult("/Account/Login", new { area = "Identity" });
                return;
            }
        }
        else if (ManagePages.Contains(page))
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.GetUserAsync(context.HttpContext.User);
            if (user is not null && !await users.GetTwoFactorEnabledAsync(user))
            {
                context.Result = new RedirectToPageResult("/Account/Manage/TwoFactorAuthentication", new { area = "Identity" });
                return;
            }
        }

        await next();
    }
}
