using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Scoring;
using LeadershipPortal.Web.Features.Dossiers;

namespace LeadershipPortal.Benchmarks;

/// <summary>
/// In-memory dossier models of realistic size, for the benchmarks and the PDF layout tests: no database,
/// so that what is measured (or checked) is the rendering alone.
/// </summary>
public static class DossierModelSamples
{
    private static readonly string[] Competencies =
        ["Integrity", "Vision and strategic thinking", "Judgement and decision-making", "Building trust", "Communication", "Managing performance"];

    private static readonly string[] Assessors = ["Amina Diallo", "Lars Eriksen", "Mei Tanaka"];

    private const string Evidence =
        "In the interview the candidate described leading a mission-wide review of the protection of civilians strategy after an " +
        "attack on a displacement site. She convened the heads of the military, police and civilian components, set a two-week " +
        "deadline, and agreed early-warning indicators with the humanitarian country team. The candidate gave concrete figures: " +
        "patrols to the three most exposed sites rose from two to six a week and reported incidents fell by a third over the next " +
        "quarter. When a troop-contributing country objected to night patrols, she negotiated a revised concept of operations with " +
        "the Force Commander and the capital, and explained the trade-offs to the host government. The panel noted clear ownership " +
        "of the result, a willingness to take unpopular decisions, and reflection on what she would do differently next time.";

    public static CandidateDossierModel Candidate(string? evidenceText = null, string? consensusNote = null, int index = 1)
    {
        var competencies = Competencies.Select((name, i) => new DossierCompetency(i + 1, name, i < 2 ? 20 : 15, i < 2 ? 3 : 2)).ToList();
        var assessments = Assessors.Select((name, a) => new DossierAssessment(
            name,
            ApplicationStage.Interview,
            new DateTime(2026, 10, 20 + a, 14, 0, 0, DateTimeKind.Utc),
            3.4 + (0.3 * a),
            competencies.ToDictionary(c => c.Id, c => 2 + ((c.Id + a) % 4)))).ToList();
        var scores = competencies.Select(c => new DossierCompetencyScore(
            c.Name, 3.33, 2, c.Id == 3 ? 5 : 4, c.MinimumRating, c.Id == 3, c.Id == 3 ? consensusNote ?? "The panel agreed on 4 after reviewing the written test." : null)).ToList();
        var evidence = competencies.SelectMany(c => assessments.Select(a => new DossierEvidence(
            c.Name, a.Assessor, a.Stage, a.Ratings[c.Id], evidenceText is not null && c.Id == 1 && a.Assessor == Assessors[0] ? evidenceText : Evidence))).ToList();
        var fit = new MissionFitResult(
            82.5,
            new FitPart("Languages", 30, 40, "Speaks 1 of 1 required and 1 of 2 desired languages at Working level or above."),
            new FitPart("Regions", 20, 20, "Has worked in 1 of the 1 region the mission needs."),
            new FitPart("Mandate areas", 17.5, 25, "Has worked in 2 of the 3 mandate areas the mission needs."),
            new FitPart("Years in senior posts", 15, 15, "12 years in senior posts meets the minimum of 10."));

        return new CandidateDossierModel(
            $"Candidate dossier: Candidate Number{index}",
            "Head of Mission, MONUSCO (V-2026-001), application C-ABC234",
            "Helen Rivera",
            new DateTime(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc),
            $"Candidate Number{index}",
            "C-ABC234",
            "Head of Mission, MONUSCO (V-2026-001)",
            "Shortlisted",
            [
                new("Nationality", "Ghana"),
                new("Nomination", "Nominated by Ghana (Ministry of Foreign Affairs)"),
                new("Current post", "Deputy Special Representative, UNMISS"),
                new("Years in senior posts", "12"),
                new("Education", "MA International Relations, University of Ghana"),
                new("Languages", "English (Fluent), French (Working), Arabic (Basic)"),
                new("Regional experience", "Africa, Middle East"),
                new("Mandate areas", "Protection of civilians, Political process"),
                new("Field missions", "Head of Office, UNMISS (2019–present); Political Affairs Officer, MINUSMA (2014–2019)"),
            ],
            fit,
            competencies,
            new DossierScore(2, 14, 3.72, 3.81, "Full", true, []),
            assessments,
            scores,
            evidence,
            [
                new(ApplicationStage.Draft, ApplicationStage.Submitted, new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc), "The candidate", "Submitted by the candidate."),
                new(ApplicationStage.Submitted, ApplicationStage.Screening, new DateTime(2026, 9, 10, 8, 0, 0, DateTimeKind.Utc), "Helen Rivera", "Meets the published requirements."),
                new(ApplicationStage.Screening, ApplicationStage.Assessment, new DateTime(2026, 9, 25, 8, 0, 0, DateTimeKind.Utc), "Helen Rivera", "Screening scores above the threshold."),
                new(ApplicationStage.Assessment, ApplicationStage.Interview, new DateTime(2026, 10, 10, 8, 0, 0, DateTimeKind.Utc), "Helen Rivera", "Among the strongest written assessments."),
                new(ApplicationStage.Interview, ApplicationStage.Shortlisted, new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc), "Helen Rivera", "Ranked second after the interview; the disagreement on judgement was resolved."),
            ]);
    }

    public static VacancyDossierModel Vacancy(int candidates = 50)
    {
        var competencies = Competencies.Select((name, i) => new DossierCompetency(i + 1, name, i < 2 ? 20 : 15, i < 2 ? 3 : 2)).ToList();
        var ranking = Enumerable.Range(1, candidates).Select(i => new DossierRankingLine(
            i,
            $"C-{i:D4}XY",
            $"Candidate Number{i}",
            i <= 5 ? ApplicationStage.Shortlisted : ApplicationStage.Interview,
            4.6 - (i * 0.05),
            4.7 - (i * 0.05),
            90 - (i % 30),
            i % 7 != 0,
            i % 11 == 0 ? "Disagreement: Integrity" : string.Empty,
            competencies.ToDictionary(c => c.Id, c => 2.0 + ((i + c.Id) % 30 / 10.0)))).ToList();

        return new VacancyDossierModel(
            "Vacancy dossier: Head of Mission, MONUSCO",
            "Comparative analysis of V-2026-001",
            "Helen Rivera",
            new DateTime(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc),
            "Head of Mission, MONUSCO (V-2026-001)",
            [new("Vacancy", "Head of Mission, MONUSCO (V-2026-001)"), new("Mission", "MONUSCO"), new("Position", "Head of Mission, USG")],
            $"All {candidates} scored applications are compared.",
            competencies,
            ranking,
            "adjusted total, then raw total, then mission fit, then candidate code",
            Assessors.Select((a, i) => new DossierPanelMember(a, "Norway", new DateTime(2026, 8, 1 + i, 0, 0, 0, DateTimeKind.Utc), candidates, 0)).ToList(),
            GenderFunnel.From(
            [
                (ApplicationStage.Submitted, Gender.Woman, 21), (ApplicationStage.Submitted, Gender.Man, 29),
                (ApplicationStage.Screening, Gender.Woman, 18), (ApplicationStage.Screening, Gender.Man, 24),
                (ApplicationStage.Interview, Gender.Woman, 7), (ApplicationStage.Interview, Gender.Man, 8), (ApplicationStage.Interview, Gender.Another, 1),
                (ApplicationStage.Shortlisted, Gender.Woman, 3), (ApplicationStage.Shortlisted, Gender.Man, 2),
            ]),
            50);
    }
}
