using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages;

public sealed class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}
