using static LeadershipPortal.Web.Features.Dossiers.DossierText;
using System.Globalization;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

public sealed class VacancySummarySection(VacancyDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("1. Vacancy"));
        canvas.Fields(model.Summary.Select(f => (f.Label, f.Value)));
        canvas.Paragraph(model.Scope, canvas.Type.Note);
    }
}

/// <summary>The shortlist in rank order with raw and adjusted totals, mission fit, eligibility and open flags.</summary>
public sealed class RankingTableSection(VacancyDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("2. Ranking"));
        canvas.Paragraph(T("Tie-breakers: {0}", T(model.TieBreakers)), canvas.Type.Note);
        if (model.Ranking.Count == 0)
        {
            canvas.Paragraph(T("No application is in scope."));
            return;
        }

        var table = new PdfTable(
            new PdfColumn(T("Rank"), 6, AlignRight: true), new PdfColumn(T("Code"), 11), new PdfColumn(T("Candidate"), 22), new PdfColumn(T("Stage"), 12),
            new PdfColumn(T("Raw"), 8, AlignRight: true), new PdfColumn(T("Adjusted"), 10, AlignRight: true), new PdfColumn(T("Mission fit"), 9, AlignRight: true),
            new PdfColumn(T("Eligible"), 8), new PdfColumn(T("Open flags"), 14));
        foreach (var r in model.Ranking)
        {
            table.Add(
                r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–", r.CandidateCode, r.Name, Format.Stage(r.Stage),
                Format.Score(r.Raw), Format.Score(r.Adjusted), Format.Points(r.MissionFit), Format.YesNo(r.Eligible), r.Flags);
        }

        canvas.Table(table);
    }
}

/// <summary>The panel's mean rating per competency for each candidate, side by side.</summary>
public sealed class CompetencyComparisonSection(VacancyDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("3. Comparison by competency"));
        canvas.Paragraph(T("Panel mean rating per competency (1–5); the minimum and the weight of each competency are in the key."), canvas.Type.Note);
        var key = new PdfTable(new PdfColumn(T("Key"), 8), new PdfColumn(T("Competency"), 62), new PdfColumn(T("Weight %"), 15, AlignRight: true), new PdfColumn(T("Minimum"), 15, AlignRight: true));
        for (var i = 0; i < model.Competencies.Count; i++)
        {
            var c = model.Competencies[i];
            key.Add(Key(i), c.Name, c.Weight.ToString(CultureInfo.InvariantCulture), c.MinimumRating.ToString(CultureInfo.InvariantCulture));
        }

        canvas.Table(key);
        var columns = new List<PdfColumn> { new(T("Code"), 12), new(T("Candidate"), 24) };
        columns.AddRange(model.Competencies.Select((_, i) => new PdfColumn(Key(i), 8, AlignRight: true)));
        var table = new PdfTable([.. columns]);
        foreach (var r in model.Ranking)
        {
            var cells = new List<string> { r.CandidateCode, r.Name };
            cells.AddRange(model.Competencies.Select(c => r.CompetencyMeans.TryGetValue(c.Id, out var mean) ? Format.Score(mean) : "–"));
            table.Add([.. cells]);
        }

        canvas.Table(table);
    }

    private static string Key(int index) => $"C{index + 1}";
}

public sealed class PanelSection(IReadOnlyList<DossierPanelMember> panel) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("4. Panel composition"));
        if (panel.Count == 0)
        {
            canvas.Paragraph(T("No assessor sits on this panel."));
            return;
        }

        var table = new PdfTable(new PdfColumn(T("Assessor"), 32), new PdfColumn(T("Nationality"), 24), new PdfColumn(T("On the panel since"), 20), new PdfColumn(T("Submitted"), 12, AlignRight: true), new PdfColumn(T("Recused"), 12, AlignRight: true));
        foreach (var p in panel)
        {
            table.Add(p.Name, p.Nationality, Format.Date(p.AssignedAtUtc), p.Submitted.ToString(CultureInfo.InvariantCulture), p.Recused.ToString(CultureInfo.InvariantCulture));
        }

        canvas.Table(table);
    }
}

/// <summary>
/// The vacancy's gender funnel as the gender-balance pages publish it: the same counts and the same small-cell and
/// complementary suppression (<see cref="SmallCells"/>), so no dossier reveals what the pages withhold.
/// </summary>
public sealed class GenderFunnelSection(GenderFunnel funnel, int? targetPercent) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("5. Gender balance of this vacancy"));
        canvas.Paragraph(
            T("Applications that reached each stage, by self-identified gender. Counts of 1 to 4 are shown as \"<5\", and a further " +
            "count is withheld where it would let one be worked out, so that no person can be identified; the share of women is " +
            "left out where it would reveal a withheld count.") +
            (targetPercent is { } t ? T(" The vacancy's gender target is {0} % women.", t) : string.Empty),
            canvas.Type.Note);
        var table = new PdfTable(
            new PdfColumn(T("Stage"), 22), new PdfColumn(T("Women"), 13, AlignRight: true), new PdfColumn(T("Men"), 13, AlignRight: true),
            new PdfColumn(T("Another / prefer not to say"), 20, AlignRight: true), new PdfColumn(T("Not stated"), 14, AlignRight: true), new PdfColumn(T("Women %"), 18, AlignRight: true));
        foreach (var stage in funnel.Stages)
        {
            var row = stage.Published;
            var share = row.ShareOfWomen is { } women ? (100 * women).ToString("0", CultureInfo.CurrentCulture) + " %" : "–";
            table.Add(T(stage.Label), Shown(row.Women), Shown(row.Men), Shown(row.Another), Shown(row.NotStated), share);
        }

        canvas.Table(table);
    }

    /// <summary>A published count; "hidden" in the dossier's language.</summary>
    private static string Shown(Cell cell) => cell.State == CellState.Hidden ? T(SmallCells.HiddenLabel) : cell.Display;
}
