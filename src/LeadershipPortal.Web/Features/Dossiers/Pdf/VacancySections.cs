using System.Globalization;
using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

public sealed class VacancySummarySection(VacancyDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("1. Vacancy");
        canvas.Fields(model.Summary.Select(f => (f.Label, f.Value)));
        canvas.Paragraph(model.Scope, canvas.Type.Note);
    }
}

/// <summary>The shortlist in rank order with raw and adjusted totals, mission fit, eligibility and open flags.</summary>
public sealed class RankingTableSection(VacancyDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("2. Ranking");
        canvas.Paragraph($"Tie-breakers: {model.TieBreakers}", canvas.Type.Note);
        if (model.Ranking.Count == 0)
        {
            canvas.Paragraph("No application is in scope.");
            return;
        }

        var table = new PdfTable(
            new PdfColumn("Rank", 6, AlignRight: true), new PdfColumn("Code", 11), new PdfColumn("Candidate", 22), new PdfColumn("Stage", 12),
            new PdfColumn("Raw", 8, AlignRight: true), new PdfColumn("Adjusted", 10, AlignRight: true), new PdfColumn("Mission fit", 9, AlignRight: true),
            new PdfColumn("Eligible", 8), new PdfColumn("Open flags", 14));
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
        canvas.Heading("3. Comparison by competency");
        canvas.Paragraph("Panel mean rating per competency (1–5); the minimum and the weight of each competency are in the key.", canvas.Type.Note);
        var key = new PdfTable(new PdfColumn("Key", 8), new PdfColumn("Competency", 62), new PdfColumn("Weight %", 15, AlignRight: true), new PdfColumn("Minimum", 15, AlignRight: true));
        for (var i = 0; i < model.Competencies.Count; i++)
        {
            var c = model.Competencies[i];
            key.Add(Key(i), c.Name, c.Weight.ToString(CultureInfo.InvariantCulture), c.MinimumRating.ToString(CultureInfo.InvariantCulture));
        }

        canvas.Table(key);
        var columns = new List<PdfColumn> { new("Code", 12), new("Candidate", 24) };
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
        canvas.Heading("4. Panel composition");
        if (panel.Count == 0)
        {
            canvas.Paragraph("No assessor sits on this panel.");
            return;
        }

        var table = new PdfTable(new PdfColumn("Assessor", 32), new PdfColumn("Nationality", 24), new PdfColumn("On the panel since", 20), new PdfColumn("Submitted", 12, AlignRight: true), new PdfColumn("Recused", 12, AlignRight: true));
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
        canvas.Heading("5. Gender balance of this vacancy");
        canvas.Paragraph(
            "Applications that reached each stage, by self-identified gender. Counts of 1 to 4 are shown as \"<5\", and a further " +
            "count is withheld where it would let one be worked out, so that no person can be identified; the share of women is " +
            "left out where it would reveal a withheld count." +
            (targetPercent is { } t ? $" The vacancy's gender target is {t} % women." : string.Empty),
            canvas.Type.Note);
        var table = new PdfTable(
            new PdfColumn("Stage", 22), new PdfColumn("Women", 13, AlignRight: true), new PdfColumn("Men", 13, AlignRight: true),
            new PdfColumn("Another / prefer not to say", 20, AlignRight: true), new PdfColumn("Not stated", 14, AlignRight: true), new PdfColumn("Women %", 18, AlignRight: true));
        foreach (var stage in funnel.Stages)
        {
            var row = stage.Published;
            var share = row.ShareOfWomen is { } women ? (100 * women).ToString("0", CultureInfo.InvariantCulture) + " %" : "–";
            table.Add(stage.Label, row.Women.Display, row.Men.Display, row.Another.Display, row.NotStated.Display, share);
        }

        canvas.Table(table);
    }
}
