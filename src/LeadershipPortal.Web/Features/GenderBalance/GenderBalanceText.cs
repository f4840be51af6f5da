using System.Globalization;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>
/// The gender figures as the pages write them, in the current language: the words for withheld figures, numbers in
/// the culture's format, quarters, forecasts and target scopes. The CSV exports keep <see cref="GenderBalanceFormat"/> (English, invariant).
/// </summary>
public static class GenderBalanceText
{
    public static string Cell(this IStringLocalizer localizer, Cell cell) =>
        cell.State == CellState.Hidden ? localizer[SmallCells.HiddenLabel] : cell.Display;

    public static string Percent(this IStringLocalizer localizer, double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.CurrentCulture) + " %" : localizer[GenderBalanceFormat.Withheld];

    public static string Rate(this IStringLocalizer localizer, double? rate) =>
        rate is { } r ? r.ToString("0.00", CultureInfo.CurrentCulture) : localizer["n/a"];

    public static string PValue(double p) =>
        p < 0.0001 ? "<" + 0.0001.ToString("0.0000", CultureInfo.CurrentCulture) : p.ToString("0.0000", CultureInfo.CurrentCulture);

    /// <summary>A quarter given as year × 10 + quarter (<see cref="ViewKey.QuarterLabel"/>): "2026 Q1", « T1 2026 ».</summary>
    public static string Quarter(this IStringLocalizer localizer, int quarter) => localizer.Quarter(quarter / 10, quarter % 10);

    public static string Quarter(this IStringLocalizer localizer, int year, int quarter) =>
        localizer["{0} Q{1}", year.ToString(CultureInfo.InvariantCulture), quarter];

    public static string Forecast(this IStringLocalizer localizer, TargetForecast forecast) => localizer.Say(forecast.Words);

    public static string Scope(this IStringLocalizer localizer, TargetRow target) => localizer.Say(target.ScopeName);
}
