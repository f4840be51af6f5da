using static LeadershipPortal.Web.Features.Dossiers.DossierText;
using System.Globalization;
using LeadershipPortal.Domain.Applications;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>One part of a dossier, composed onto the canvas (QuestPDF's IComponent idea).</summary>
public interface IDossierSection
{
    void Compose(PdfCanvas canvas);
}

/// <summary>A dossier: its document information and its sections, in order. It does no I/O.</summary>
public abstract class DossierDocument(DossierModel model)
{
    public DocumentInfo Info { get; } = new(model.Title, model.Subject, model.IssuedBy, model.IssuedAtUtc);

    public abstract IEnumerable<IDossierSection> Sections { get; }

    public RenderedPdf Render()
    {
        using var canvas = new PdfCanvas(Info);
        foreach (var section in Sections)
        {
            section.Compose(canvas);
        }

        return canvas.Finish();
    }

    public static DossierDocument For(DossierModel model) => model switch
    {
        CandidateDossierModel candidate => new CandidateDossierDocument(candidate),
        VacancyDossierModel vacancy => new VacancyDossierDocument(vacancy),
        _ => throw new ArgumentException($"No document for {model.GetType().Name}.", nameof(model)),
    };
}

public sealed class CandidateDossierDocument(CandidateDossierModel model) : DossierDocument(model)
{
    public override IEnumerable<IDossierSection> Sections =>
    [
        new CoverSection(model.Title, "Candidate dossier", model.CandidateName, model.Vacancy, model.IssuedBy, model.IssuedAtUtc),
        new ProfileSection(model),
        new MissionFitSection(model.Fit),
        new RatingsSection(model),
        new DisagreementSection(model.CompetencyScores),
        new EvidenceSection(model.Evidence),
        new StageHistorySection(model.History),
    ];
}

public sealed class VacancyDossierDocument(VacancyDossierModel model) : DossierDocument(model)
{
    public override IEnumerable<IDossierSection> Sections =>
    [
        new CoverSection(model.Title, "Vacancy dossier: comparative analysis", model.Vacancy, model.Scope, model.IssuedBy, model.IssuedAtUtc),
        new VacancySummarySection(model),
        new RankingTableSection(model),
        new CompetencyComparisonSection(model),
        new PanelSection(model.Panel),
        new GenderFunnelSection(model.Funnel, model.GenderTargetPercent),
    ];
}

/// <summary>Number and date formats shared by the sections, in the culture the dossier is built in (the requester's).</summary>
internal static class Format
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.CurrentCulture) : "–";

    public static string Points(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    public static string Date(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTime value) => value.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " UTC";

    public static string YesNo(bool? value) => value switch { true => T("Yes"), false => T("No"), null => "–" };

    public static string Stage(ApplicationStage stage) => T(ApplicationStages.Label(stage));
}
