using System.Globalization;
using CsvHelper;
using LeadershipPortal.Domain.GenderBalance;
using static LeadershipPortal.Web.Features.GenderBalance.GenderBalanceFormat;

namespace LeadershipPortal.Web.Features.GenderBalance;

/// <summary>The tables of the gender balance page as CSV, with the same suppression as the page: only published cells are written.</summary>
public static class GenderBalanceCsv
{
    public static readonly IReadOnlyList<string> Tables = ["funnel", "impact", "states", "trend", "targets"];

    private static readonly string[] GroupHeaders = ["Women", "Men", "Another", "Not stated", "Total"];

    public static byte[] Write(string table, GenderBalanceView view) => table switch
    {
        "funnel" => Csv(["Stage", .. GroupHeaders, "Share of women"], view.Funnel.Stages.Select(s => Row(s.Label, s.Published))),
        "impact" => Csv(
            ["From", "To", "Women's selection rate", "Men's selection rate", "Ratio (women ÷ men)", "Four-fifths rule", "Fisher's exact test p (two-sided)"],
            view.Impacts.Select(i => i.Impact is { } x
                ? new[] { i.From, i.To, Rate(x.WomenRate), Rate(x.MenRate), Rate(x.Ratio), x.IsAdverse ? "Below 0.8: possible adverse impact" : "Not below 0.8", PValue(x.PValue) }
                : [i.From, i.To, Withheld, Withheld, Withheld, Withheld, Withheld])),
        "states" => Csv(
            ["Nominating State", .. GroupHeaders, "Parity+", "Reached shortlist", "Appointed", "Shortlist rate", "Appointment rate"],
            view.States.Select(s => Row(s.State, s.Published, includeShare: false)
                .Concat([s.IsSelfNominated ? "Not applicable" : s.MeetsParityPlus switch { true => "Meets Parity+", false => "Does not meet Parity+", null => "Not reportable: fewer than 5 women or men" }, s.Shortlisted.Display, s.Appointed.Display, Percent(s.ShortlistRate), Percent(s.AppointmentRate)]))),
        "trend" => Csv(["Series", "Quarter", .. GroupHeaders, "Share of women"], view.Trend.Select(t => new[] { t.Series.ToString() }.Concat(Row(t.Label, t.Published)))),
        "targets" => Csv(
            ["Scope", "Target share of women", "Deadline (UTC)", "Women appointed", "Appointments", "Attainment", "Vacancies in scope", "Women needed of the expected appointments", "Women in the roster ready now"],
            view.Targets.Select(t => new[]
            {
                t.Target.ScopeLabel, t.Target.SharePercent.ToString(CultureInfo.InvariantCulture) + " %", t.Target.DeadlineUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                t.Appointments.Women.Display, t.Appointments.Total.Display, Attainment(t.Attainment), t.VacanciesInScope.ToString(CultureInfo.InvariantCulture),
                Forecast(t.Forecast), t.WomenReadyNow.Display,
            })),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table."),
    };

    private static IEnumerable<string> Row(string label, SuppressedRow row, bool includeShare = true)
    {
        var cells = new[] { label }.Concat(row.Groups.Append(row.Total).Select(c => c.Display));
        return includeShare ? cells.Append(Percent(row.ShareOfWomen)) : cells;
    }

    private static byte[] Csv(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord(headers.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.ToArray());
            }
        }

        return stream.ToArray();
    }
}
