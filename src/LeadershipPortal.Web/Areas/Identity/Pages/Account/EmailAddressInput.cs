using System.ComponentModel.DataAnnotations;

namespace LeadershipPortal.Web.Areas.Identity.Pages.Account;

/// <summary>An account's email address: what "forgot password" and "resend confirmation" ask, and what registration starts with.</summary>
public class EmailAddressInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "The {0} field is not a valid e-mail address.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = string.Empty;
}
