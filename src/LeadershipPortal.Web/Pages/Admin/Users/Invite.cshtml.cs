using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Users;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Admin.Users;

public sealed class InviteModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        [Display(Name = "Email address")]
        public string Email { get; set; } = string.Empty;

        [Required]
        [StringLength(200)]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = string.Empty;

        public List<string> Roles { get; set; } = [];
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "Choose at least one role.");
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
                (email, token) => Url.Page("/Account/ResetPassword", null, new { area = "Identity", code = token }, Request.Scheme)!);
            TempData["StatusMessage"] = $"Invitation sent to {Input.Email}.";
            return RedirectToPage("/Admin/Users/Details", new { id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }
}
