using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Admin.Users;

public sealed class DetailsModel(UserAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public UserDetails Account { get; private set; } = null!;

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(string id) =>
        ChangeAsync(id, () => administration.SetRolesAsync(User.RequiredUserId(), id, SelectedRoles), "Roles saved.");

    public Task<IActionResult> OnPostLockAsync(string id) =>
        ChangeAsync(id, () => administration.LockAsync(User.RequiredUserId(), id), "The account is locked.");

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        ChangeAsync(id, () => administration.UnlockAsync(User.RequiredUserId(), id), "The account is unlocked.");

    private async Task<IActionResult> ChangeAsync(string id, Func<Task> change, string success)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await change();
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }

        StatusMessage = localizer[success];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await administration.FindAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
