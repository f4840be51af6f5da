using System.Globalization;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>How the gender figures are written, the same on the page and in the CSV exports.</summary>
public static class GenderBalanceFormat
{
    /// <summary>What stands in for a figure withheld because it would reveal a small cell.</summary>
    public const string Withheld = "withheld";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : Withheld;

    public static string Rate(double? rate) => rate is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    public static string PValue(double p) => p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Attainment(TargetAttainment a) => a.SharePercent is { } share
        ? $"{a.Words}: {share.ToString("0.0", CultureInfo.InvariantCulture)} % against {a.TargetPercent} %"
        : $"{a.Words}: fewer than {SmallCells.Threshold} people, share withheld (target {a.TargetPercent} %)";

    public static string Forecast(TargetForecast f) => f.Words.ToString();
}
