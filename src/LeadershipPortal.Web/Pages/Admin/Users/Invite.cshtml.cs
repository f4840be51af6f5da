using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Admin.Users;

public sealed class InviteModel(UserAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = string.Empty;

        public List<string> Roles { get; set; } = [];

        /// <summary>The language of the invitation and of the person's later emails; the inviter's by default.</summary>
        [Display(Name = "Language of emails")]
        public string Language { get; set; } = PortalCultures.Current;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", localizer["Choose at least one role."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var id = await administration.InviteAsync(
                User.RequiredUserId(),
                Input.Email,
                Input.DisplayName,
                Input.Roles,
                Input.Language,
                (email, token) => Url.Page("/Account/ResetPassword", null, new { area = "Identity", code = token }, Request.Scheme)!);
            TempData["StatusMessage"] = localizer["Invitation sent to {0}.", Input.Email].Value;
            return RedirectToPage("/Admin/Users/Details", new { id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }
    }
}
