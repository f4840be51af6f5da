using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Candidates;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate;

/// <summary>The signed-in candidate's own data, and nobody else's: the page takes no id.</summary>
public sealed class MyDataModel(MyDataService myData, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public MyDataSummary Summary { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await myData.SummaryAsync(User.RequiredUserId(), cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var file = await myData.ExportAsync(User.RequiredUserId(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!Input.Confirm)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Confirm)}", localizer["Tick the box to confirm that you understand erasure cannot be undone."]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await myData.EraseAsync(User.RequiredUserId(), Input.Password, cancellationToken);
                await signIn.SignOutAsync();
                StatusMessage = localizer["Your account has been erased. Your personal data and documents are deleted; your past applications remain only as anonymous records."];
                return RedirectToPage("/Index");
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, localizer.Say(e));
            }
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password to confirm.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "I understand this cannot be undone")]
        public bool Confirm { get; set; }
    }
}
