using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipPortal.Web.Pages.Candidate.Applications;

/// <summary>A confirmation step of its own, so withdrawing works the same with or without JavaScript.</summary>
public sealed class WithdrawModel(CandidateApplicationViews views, CandidateApplications applications, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public MyApplicationDetails Application { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await applications.WithdrawAsync(User.RequiredUserId(), id, cancellationToken);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
            return Page();
        }

        StatusMessage = localizer["Your application is withdrawn."];
        return RedirectToPage("/Candidate/Applications/Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await views.FindAsync(User.RequiredUserId(), id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        return true;
    }
}
