using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The Identity UI's profile page (user name shown, phone number editable), in the reader's language.</summary>
public sealed class IndexModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer) : AccountPageModel(users)
{
    public string Username { get; private set; } = string.Empty;

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Phone(ErrorMessage = "The {0} field is not a valid phone number.")]
        [Display(Name = "Phone number")]
        public string? PhoneNumber { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = Account;

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = Account;

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var phoneNumber = await Users.GetPhoneNumberAsync(user);
        if (Input.PhoneNumber != phoneNumber && !(await Users.SetPhoneNumberAsync(user, Input.PhoneNumber)).Succeeded)
        {
            StatusMessage = localizer["Error: your phone number could not be saved."];
            return RedirectToPage();
        }

        await signIn.RefreshSignInAsync(user);
        StatusMessage = localizer["Your profile has been updated."];
        return RedirectToPage();
    }

    private async Task LoadAsync(PortalUser user)
    {
        Username = await Users.GetUserNameAsync(user) ?? string.Empty;
        Input = new InputModel { PhoneNumber = await Users.GetPhoneNumberAsync(user) };
    }
}
