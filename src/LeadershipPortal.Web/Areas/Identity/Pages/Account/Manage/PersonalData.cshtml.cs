using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces the package's download and delete buttons, which bypass the app's rules: candidates are sent to their own
/// export and erasure (<c>/Candidate/MyData</c>), staff are told who handles their account.
/// </summary>
public sealed class PersonalDataModel : PageModel
{
    public bool IsCandidate { get; private set; }

    public void OnGet() => IsCandidate = User.IsInRole(Roles.Candidate);
}
