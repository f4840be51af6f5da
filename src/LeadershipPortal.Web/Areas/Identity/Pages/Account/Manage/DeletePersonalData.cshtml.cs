using Microsoft.AspNetCore.Mvc;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The package's deletion removes the user row directly, past the app's erasure rules (applications in progress,
/// anonymous records kept, audit): every request, a post included, goes to the personal data page and deletes nothing.
/// </summary>
public sealed class DeletePersonalDataModel : NotServedPageModel
{
    protected override IActionResult Answer() => RedirectToPage("./PersonalData");
}
