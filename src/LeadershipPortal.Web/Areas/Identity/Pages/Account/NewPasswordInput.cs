using System.ComponentModel.DataAnnotations;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>An email address with a new password typed twice: registration and password reset ask the same.</summary>
public abstract class NewPasswordInput : EmailAddressInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} must be at least {2} characters long.", MinimumLength = 12)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
