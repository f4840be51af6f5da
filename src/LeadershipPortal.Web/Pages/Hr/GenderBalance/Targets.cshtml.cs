using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.GenderBalance;

public sealed class TargetsModel(GenderTargets targets, GenderBalanceReport report, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<TargetRow> Targets { get; private set; } = [];

    public GenderBalanceOptions Options { get; private set; } = null!;

    public sealed class InputModel
    {
        public TargetScope Scope { get; set; } = TargetScope.AllSeniorPosts;

        [Display(Name = "Mission")]
        public int? MissionId { get; set; }

        [Display(Name = "Position type")]
        public int? PositionTypeId { get; set; }

        [Required(ErrorMessage = "Give the share of women sought, from 0 to 100 %.")]
        [Range(0, 100, ErrorMessage = "The share of women is a percentage from 0 to 100.")]
        [Display(Name = "Share of women (%)")]
        public int? SharePercent { get; set; }

        [Required(ErrorMessage = "Give the deadline by which the target is to be met.")]
        [Display(Name = "Deadline (UTC)")]
        public DateOnly? Deadline { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var scopeId = Input.Scope switch
            {
                TargetScope.Mission => Input.MissionId,
                TargetScope.PositionType => Input.PositionTypeId,
                _ => null,
            };
            var (_, error) = await targets.CreateAsync(new TargetInput(Input.Scope, scopeId, Input.SharePercent, Input.Deadline), User.RequiredUserId(), cancellationToken);
            if (error is null)
            {
                StatusMessage = localizer["The target is set."];
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, localizer[error]);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await targets.DeleteAsync(id, User.RequiredUserId(), cancellationToken))
        {
            return NotFound();
        }

        StatusMessage = localizer["The target is removed."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Targets = await targets.ListAsync(cancellationToken);
        Options = await report.OptionsAsync(cancellationToken);
    }
}
