using System.ComponentModel.DataAnnotations;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>A new password typed twice: changing a password and setting a first one ask the same.</summary>
public class ChosenPasswordInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} must be at least {2} characters long.", MinimumLength = 12)]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Confirm new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The new password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
