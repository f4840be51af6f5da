using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Identity UI's page for a signed-in person refused a page, in the reader's language (visitors are asked to sign in instead).</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
