using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using LeadershipPortal.Web.Setup;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Self-registration is for candidates only: the account gets the Candidate role and an empty candidate
/// profile in one transaction. Staff accounts come by invitation from an administrator.
/// </summary>
[EnableRateLimiting(RateLimits.Registration)]
[AllowAnonymous]
public sealed class RegisterModel(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signInManager,
    PortalDbContext db,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(200, ErrorMessage = "The field {0} must be a string with a maximum length of {1}.")]
        [Display(Name = "Full name")]
        public string FullName { get; set; } = string.Empty;
    }

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new PortalUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.FullName.Trim(),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            PreferredLanguage = PortalCultures.Current,
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Candidate);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        db.Candidates.Add(new CandidateProfile(user.Id, user.DisplayName));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await signInManager.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Page("/Candidate/Index", new { area = string.Empty })!);
    }
}
