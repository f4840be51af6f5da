using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using LeadershipPortal.Web.Setup;

namespace LeadershipPortal.Web.Pages.Candidate;

[EnableRateLimiting(RateLimits.Applications)]
public sealed class ApplyModel(CandidateApplications applications, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ApplyForm Form { get; private set; } = null!;

    [BindProperty]
    public string? Vision { get; set; }

    /// <summary>Competency statements keyed by competency id.</summary>
    [BindProperty]
    public Dictionary<int, string?> Statements { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int vacancyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(vacancyId, cancellationToken))
        {
            return NotFound();
        }

        if (Form.Stage is { } stage && stage != ApplicationStage.Draft)
        {
            return RedirectToPage("/Candidate/Applications/Details", new { id = Form.ApplicationId });
        }

        Vision = Form.Vision;
        Statements = Form.Competencies.ToDictionary(c => c.CompetencyId, c => c.Statement);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int vacancyId, CancellationToken cancellationToken) =>
        SaveAsync(vacancyId, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int vacancyId, CancellationToken cancellationToken) =>
        SaveAsync(vacancyId, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int vacancyId, bool submit, CancellationToken cancellationToken)
    {
        var texts = new ApplicationTexts(Vision, Statements);
        var userId = User.RequiredUserId();
        try
        {
            var result = submit
                ? await applications.SubmitAsync(userId, vacancyId, texts, cancellationToken)
                : await applications.SaveDraftAsync(userId, vacancyId, texts, cancellationToken);
            if (result.Succeeded)
            {
                StatusMessage = submit
                    ? localizer["Your application is submitted. A receipt is on its way to your email."]
                    : localizer["Your draft is saved. You can come back to it until the closing date."];
                return submit
                    ? RedirectToPage("/Candidate/Applications/Details", new { id = result.ApplicationId })
                    : RedirectToPage(new { vacancyId });
            }

            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, localizer.Say(message));
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, localizer.Say(e));
        }

        return await LoadAsync(vacancyId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int vacancyId, CancellationToken cancellationToken)
    {
        var form = await applications.LoadAsync(User.RequiredUserId(), vacancyId, cancellationToken);
        if (form is null)
        {
            return false;
        }

        Form = form;
        return true;
    }
}
