using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Pages.Hr.GenderBalance;

/// <summary>The gender views, one filter at a time (see <see cref="GenderBalanceFilter"/>).</summary>
public sealed class IndexModel(GenderBalanceReport report, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true), Display(Name = "Vacancy")]
    public int? VacancyId { get; set; }

    [BindProperty(SupportsGet = true), Display(Name = "Mission")]
    public int? MissionId { get; set; }

    [BindProperty(SupportsGet = true), Display(Name = "Position type")]
    public int? PositionTypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Grade? Grade { get; set; }

    [BindProperty(SupportsGet = true)]
    public Region? Region { get; set; }

    [BindProperty(SupportsGet = true), Display(Name = "Nominating State")]
    public int? NominatingStateId { get; set; }

    /// <summary>A whole quarter of submission, written "2026-Q1".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public GenderBalanceOptions Options { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Null when the filter could not be applied (see <see cref="Errors"/>).</summary>
    public GenderBalanceView? View { get; private set; }

    public GenderBalanceFilter Filter => new(VacancyId, MissionId, PositionTypeId, Grade, Region, NominatingStateId, Quarter);

    /// <summary>The filter as query values, so that each CSV link exports what the page shows.</summary>
    public Dictionary<string, string> FilterRoute => new Dictionary<string, string?>
    {
        [nameof(VacancyId)] = VacancyId?.ToString(CultureInfo.InvariantCulture),
        [nameof(MissionId)] = MissionId?.ToString(CultureInfo.InvariantCulture),
        [nameof(PositionTypeId)] = PositionTypeId?.ToString(CultureInfo.InvariantCulture),
        [nameof(Grade)] = Grade?.ToString(),
        [nameof(Region)] = Region?.ToString(),
        [nameof(NominatingStateId)] = NominatingStateId?.ToString(CultureInfo.InvariantCulture),
        [nameof(Quarter)] = Quarter,
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        if (table is null || !GenderBalanceCsv.Tables.Contains(table))
        {
            return BadRequest($"Choose a table to export: {string.Join(", ", GenderBalanceCsv.Tables)}.");
        }

        await LoadAsync(cancellationToken);
        return View is null
            ? BadRequest(string.Join(" ", Errors))
            : File(GenderBalanceCsv.Write(table, View), "text/csv; charset=utf-8", $"gender-balance-{table}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // A malformed value (letters for an id, an unknown region) is reported in words, never a failure.
        var malformed = ModelState.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => localizer["The filter “{0}” has a value that cannot be read: {1}.", e.Key, e.Value!.AttemptedValue ?? string.Empty].Value)
            .ToList();
        var page = await report.PageAsync(malformed.Count > 0 ? GenderBalanceFilter.None : Filter, cancellationToken);
        Options = page.Options;
        Errors = [.. malformed, .. page.Errors.Select(e => localizer.Say(new Sentence(e.Template, e.Values)))];
        View = Errors.Count == 0 ? page.View : null;
    }
}
