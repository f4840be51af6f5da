using static LeadershipPortal.Web.Features.Dossiers.DossierText;
using LeadershipPortal.Domain.Scoring;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>What selection may know of the candidate: no gender, no contact details, no mentoring.</summary>
public sealed class ProfileSection(CandidateDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("1. Candidate profile"));
        canvas.Fields(
            new[] { (T("Candidate"), model.CandidateName), (T("Candidate code"), model.CandidateCode), (T("Vacancy"), model.Vacancy), (T("Current stage"), model.Stage) }
                .Concat(model.Profile.Select(f => (f.Label, f.Value))));
    }
}

public sealed class MissionFitSection(MissionFitResult fit) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("2. Mission fit"));
        canvas.Paragraph(T("Mission-fit score: {0} of 100. Each part below shows the points earned, the points possible and why.", Format.Points(fit.Score)));
        var table = new PdfTable(new PdfColumn(T("Part"), 22), new PdfColumn(T("Points"), 12, AlignRight: true), new PdfColumn(T("Of"), 8, AlignRight: true), new PdfColumn(T("Why"), 58));
        foreach (var part in fit.Parts)
        {
            table.Add(T(part.Name), Format.Points(part.Earned), part.Possible.ToString(System.Globalization.CultureInfo.InvariantCulture), T(part.Explanation));
        }

        canvas.Table(table);
    }
}

/// <summary>Each assessor's rating per competency with the weighted total, then the panel's raw and adjusted totals.</summary>
public sealed class RatingsSection(CandidateDossierModel model) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("3. Ratings"));
        var score = model.Score;
        canvas.Fields(
        [
            (T("Rank"), score.Rank is { } rank ? T("{0} of {1} scored applications", rank, score.RankedCount) : T("Not ranked")),
            (T("Raw total (panel mean)"), Format.Score(score.Raw)),
            (T("Adjusted total (leniency)"), Format.Score(score.Adjusted)),
            (T("Leniency coverage"), score.Coverage),
            (T("Eligible"), Format.YesNo(score.Eligible) + (score.BelowMinimum.Count > 0 ? T(" (below the minimum in {0})", string.Join(", ", score.BelowMinimum)) : string.Empty)),
        ]);
        canvas.Paragraph(
            T("Ratings: 1 Unsatisfactory, 2 Partially satisfactory, 3 Satisfactory, 4 Strong, 5 Outstanding. The weighted total is " +
            "the sum of weight × rating over 100. The adjusted total corrects each assessor's leniency with z-scores when the " +
            "assessor has enough ratings; both are shown."),
            canvas.Type.Note);

        canvas.Subheading(T("Competencies assessed"));
        var competencies = new PdfTable(new PdfColumn(T("Competency"), 60), new PdfColumn(T("Weight %"), 20, AlignRight: true), new PdfColumn(T("Minimum"), 20, AlignRight: true));
        foreach (var c in model.Competencies)
        {
            competencies.Add(c.Name, c.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), c.MinimumRating.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        canvas.Table(competencies);

        canvas.Subheading(T("Ratings per assessor and competency"));
        if (model.Assessments.Count == 0)
        {
            canvas.Paragraph(T("No assessment has been submitted."));
            return;
        }

        var columns = new List<PdfColumn> { new(T("Assessor"), 22), new(T("Stage"), 12) };
        columns.AddRange(model.Competencies.Select(c => new PdfColumn(c.Name, 10, AlignRight: true)));
        columns.Add(new PdfColumn(T("Weighted total"), 11, AlignRight: true));
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
        canvas.Heading(T("4. Panel agreement and consensus notes"));
        canvas.Paragraph(T("A competency is flagged when the panel's ratings span {0} or more points; HR records how the panel resolved it.", Disagreement.FlagSpan), canvas.Type.Note);
        var table = new PdfTable(
            new PdfColumn(T("Competency"), 24), new PdfColumn(T("Mean"), 8, AlignRight: true), new PdfColumn(T("Range"), 9, AlignRight: true),
            new PdfColumn(T("Flag"), 13), new PdfColumn(T("Consensus note"), 46));
        foreach (var s in scores)
        {
            var flag = s.Disagreement ? (s.ConsensusNote is null ? T("Disagreement, unresolved") : T("Disagreement, resolved")) : T("Agreed");
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
        canvas.Heading(T("5. Evidence"));
        if (evidence.Count == 0)
        {
            canvas.Paragraph(T("No evidence has been recorded."));
            return;
        }

        foreach (var group in evidence.GroupBy(e => e.Competency))
        {
            canvas.Subheading(group.Key);
            foreach (var e in group)
            {
                canvas.KeepTogether(3 * canvas.Type.Body.LineHeight);
                canvas.Paragraph(T("{0} ({1}): rating {2}", e.Assessor, Format.Stage(e.Stage), e.Rating), canvas.Type.Strong);
                canvas.Paragraph(e.Text, indent: 10);
            }
        }
    }
}

public sealed class StageHistorySection(IReadOnlyList<DossierStageChange> history) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Heading(T("6. Stage history"));
        var table = new PdfTable(new PdfColumn(T("When"), 17), new PdfColumn(T("From"), 13), new PdfColumn(T("To"), 13), new PdfColumn(T("By"), 17), new PdfColumn(T("Justification"), 40));
        foreach (var h in history)
        {
            table.Add(Format.DateTime(h.AtUtc), Format.Stage(h.From), Format.Stage(h.To), h.By, h.Justification);
        }

        canvas.Table(table);
    }
}
