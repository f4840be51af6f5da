using System.ComponentModel.DataAnnotations;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Features.Vacancies;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.GenderBalance;

/// <summary>HR sets targets, changes one (?edit=id) and removes one after a confirmation step (?remove=id).</summary>
public sealed class TargetsModel(GenderTargets targets, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public ChangeModel Change { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "edit")]
    public int? EditId { get; set; }

    [BindProperty(SupportsGet = true, Name = "remove")]
    public int? RemoveId { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<TargetRow> Targets { get; private set; } = [];

    public IReadOnlyList<Option> Missions { get; private set; } = [];

    public IReadOnlyList<Option> PositionTypes { get; private set; } = [];

    /// <summary>The target being changed, or whose removal is to be confirmed.</summary>
    public TargetRow? Editing { get; private set; }

    public TargetRow? Removing { get; private set; }

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

    public sealed class ChangeModel
    {
        [Required(ErrorMessage = "Give the share of women sought, from 0 to 100 %.")]
        [Range(0, 100, ErrorMessage = "The share of women is a percentage from 0 to 100.")]
        [Display(Name = "Share of women (%)")]
        public int? SharePercent { get; set; }

        [Required(ErrorMessage = "Give the deadline by which the target is to be met.")]
        [Display(Name = "Deadline (UTC)")]
        public DateOnly? Deadline { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if ((EditId is not null && Editing is null) || (RemoveId is not null && Removing is null))
        {
            return NotFound();
        }

        if (Editing is { } t)
        {
            Change = new ChangeModel { SharePercent = t.SharePercent, Deadline = DateOnly.FromDateTime(t.DeadlineUtc) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (IsValid(nameof(Input)))
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

        EditId = RemoveId = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(int id, CancellationToken cancellationToken)
    {
        if (IsValid(nameof(Change)))
        {
            var (found, error) = await targets.UpdateAsync(id, Change.SharePercent, Change.Deadline, User.RequiredUserId(), cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (error is null)
            {
                StatusMessage = localizer["The target is changed."];
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, localizer[error]);
        }

        EditId = id;
        RemoveId = null;
        await LoadAsync(cancellationToken);
        return Editing is null ? NotFound() : Page();
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

    /// <summary>Each form is checked on its own fields only: the other form's fields are not posted.</summary>
    private bool IsValid(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return ModelState.IsValid;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Targets = await targets.ListAsync(cancellationToken);
        (Missions, PositionTypes) = await targets.ScopesAsync(cancellationToken);
        Editing = Targets.FirstOrDefault(t => t.Id == EditId);
        Removing = Targets.FirstOrDefault(t => t.Id == RemoveId);
    }
}
