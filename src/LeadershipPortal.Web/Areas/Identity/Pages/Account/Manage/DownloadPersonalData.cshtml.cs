using Microsoft.AspNetCore.Mvc;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The package's export would bypass the app's own (<c>/Candidate/MyData</c>, audited and complete): every request
/// goes to the personal data page, which says where each kind of account finds its data.
/// </summary>
public sealed class DownloadPersonalDataModel : NotServedPageModel
{
    protected override IActionResult Answer() => RedirectToPage("./PersonalData");
}
