using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Identity UI's password reset (also how invited staff choose their first password), in the reader's language. An
/// unknown address gets the same confirmation as a known one; a malformed code is a 400, not a 500.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<PortalUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        public string Code { get; set; } = string.Empty;
    }

    public IActionResult OnGet(string? code = null)
    {
        if (code is null)
        {
            return BadRequest("A code must be supplied for password reset.");
        }

        if (!IdentityCodes.TryDecode(code, out var token))
        {
            return BadRequest("The password reset code is not valid.");
        }

        Input = new InputModel { Code = token };

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var result = await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (result.Succeeded)
        {
            // The code came by email to this address, so the address is now confirmed.
            if (!user.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            return RedirectToPage("./ResetPasswordConfirmation");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }

        return Page();
    }
}
