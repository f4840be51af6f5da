using LeadershipPortal.Domain.Scoring;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>What selection may know of the candidate: no gender, no contact details, no mentoring.</summary>
public sealed class ProfileSection(CandidateDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("1. Candidate profile");
        canvas.Fields(
            new[] { ("Candidate", model.CandidateName), ("Candidate code", model.CandidateCode), ("Vacancy", model.Vacancy), ("Current stage", model.Stage) }
                .Concat(model.Profile.Select(f => (f.Label, f.Value))));
    }
}

public sealed class MissionFitSection(MissionFitResult fit) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("2. Mission fit");
        canvas.Paragraph($"Mission-fit score: {Format.Points(fit.Score)} of 100. Each part below shows the points earned, the points possible and why.");
        var table = new PdfTable(new PdfColumn("Part", 22), new PdfColumn("Points", 12, AlignRight: true), new PdfColumn("Of", 8, AlignRight: true), new PdfColumn("Why", 58));
        foreach (var part in fit.Parts)
        {
            table.Add(part.Name, Format.Points(part.Earned), part.Possible.ToString(System.Globalization.CultureInfo.InvariantCulture), part.Explanation);
        }

        canvas.Table(table);
    }
}

/// <summary>Each assessor's rating per competency with the weighted total, then the panel's raw and adjusted totals.</summary>
public sealed class RatingsSection(CandidateDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("3. Ratings");
        var score = model.Score;
        canvas.Fields(
        [
            ("Rank", score.Rank is { } rank ? $"{rank} of {score.RankedCount} scored applications" : "Not ranked"),
            ("Raw total (panel mean)", Format.Score(score.Raw)),
            ("Adjusted total (leniency)", Format.Score(score.Adjusted)),
            ("Leniency coverage", score.Coverage),
            ("Eligible", Format.YesNo(score.Eligible) + (score.BelowMinimum.Count > 0 ? $" (below the minimum in {string.Join(", ", score.BelowMinimum)})" : string.Empty)),
        ]);
        canvas.Paragraph(
            "Ratings: 1 Unsatisfactory, 2 Partially satisfactory, 3 Satisfactory, 4 Strong, 5 Outstanding. The weighted total is " +
            "the sum of weight × rating over 100. The adjusted total corrects each assessor's leniency with z-scores when the " +
            "assessor has enough ratings; both are shown.",
            canvas.Type.Note);

        canvas.Subheading("Competencies assessed");
        var competencies = new PdfTable(new PdfColumn("Competency", 60), new PdfColumn("Weight %", 20, AlignRight: true), new PdfColumn("Minimum", 20, AlignRight: true));
        foreach (var c in model.Competencies)
        {
            competencies.Add(c.Name, c.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), c.MinimumRating.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        canvas.Table(competencies);

        canvas.Subheading("Ratings per assessor and competency");
        if (model.Assessments.Count == 0)
        {
            canvas.Paragraph("No assessment has been submitted.");
            return;
        }

        var columns = new List<PdfColumn> { new("Assessor", 22), new("Stage", 12) };
        columns.AddRange(model.Competencies.Select(c => new PdfColumn(c.Name, 10, AlignRight: true)));
        columns.Add(new PdfColumn("Weighted total", 11, AlignRight: true));
        var ratings = new PdfTable([.. columns]);
        foreach (var a in model.Assessments)
        {
            var cells = new List<string> { a.Assessor, Format.Stage(a.Stage) };
            cells.AddRange(model.Competencies.Select(c => a.Ratings.TryGetValue(c.Id, out var r) ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–"));
            cells.Add(Format.Score(a.WeightedTotal));
            ratings.Add([.. cells]);
        }

        canvas.Table(ratings);
    }
}

public sealed class DisagreementSection(IReadOnlyList<DossierCompetencyScore> scores) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("4. Panel agreement and consensus notes");
        canvas.Paragraph($"A competency is flagged when the panel's ratings span {Disagreement.FlagSpan} or more points; HR records how the panel resolved it.", canvas.Type.Note);
        var table = new PdfTable(
            new PdfColumn("Competency", 24), new PdfColumn("Mean", 8, AlignRight: true), new PdfColumn("Range", 9, AlignRight: true),
            new PdfColumn("Flag", 13), new PdfColumn("Consensus note", 46));
        foreach (var s in scores)
        {
            var flag = s.Disagreement ? (s.ConsensusNote is null ? "Disagreement, unresolved" : "Disagreement, resolved") : "Agreed";
            table.Add(s.Competency, Format.Score(s.Mean), $"{s.Lowest}–{s.Highest}", flag, s.ConsensusNote ?? string.Empty);
        }

        canvas.Table(table);
    }
}

/// <summary>Each assessor's evidence for each rating, in full: long texts wrap and continue on the next page.</summary>
public sealed class EvidenceSection(IReadOnlyList<DossierEvidence> evidence) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("5. Evidence");
        if (evidence.Count == 0)
        {
            canvas.Paragraph("No evidence has been recorded.");
            return;
        }

        foreach (var group in evidence.GroupBy(e => e.Competency))
        {
            canvas.Subheading(group.Key);
            foreach (var e in group)
            {
                canvas.KeepTogether(3 * canvas.Type.Body.LineHeight);
                canvas.Paragraph($"{e.Assessor} ({Format.Stage(e.Stage)}): rating {e.Rating}", canvas.Type.Strong);
                canvas.Paragraph(e.Text, indent: 10);
            }
        }
    }
}

public sealed class StageHistorySection(IReadOnlyList<DossierStageChange> history) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading("6. Stage history");
        var table = new PdfTable(new PdfColumn("When", 17), new PdfColumn("From", 13), new PdfColumn("To", 13), new PdfColumn("By", 17), new PdfColumn("Justification", 40));
        foreach (var h in history)
        {
            table.Add(Format.DateTime(h.AtUtc), Format.Stage(h.From), Format.Stage(h.To), h.By, h.Justification);
        }

        canvas.Table(table);
    }
}
