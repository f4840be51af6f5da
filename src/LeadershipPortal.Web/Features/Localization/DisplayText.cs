using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// The words users see for the domain's enums, in the current UI culture. The English label (from
/// <see cref="ApplicationStages"/>, <see cref="Labels"/> and the domain) is the key into
/// <c>Resources/Features/Localization/SharedResource.fr.resx</c>, so every page, component, job and email
/// says a stage or status the same way. Use with the shared localizer:
/// <c>@inject IStringLocalizer&lt;SharedResource&gt; S</c> then <c>@S.Stage(a.Stage)</c>.
/// </summary>
public static class DisplayText
{
    /// <summary>Any English label (an enum's readable name) in the current language.</summary>
    public static string Text(this IStringLocalizer localizer, string english) => localizer[english];

    /// <summary>The stage as staff see it ("Not selected").</summary>
    public static string Stage(this IStringLocalizer localizer, ApplicationStage stage) =>
        localizer[ApplicationStages.Label(stage)];

    /// <summary>The stage as the candidate is told of it ("Under assessment").</summary>
    public static string CandidateStatus(this IStringLocalizer localizer, ApplicationStage stage) =>
        localizer[ApplicationStages.CandidateStatus(stage)];

    /// <summary>The stage reached, as the gender funnel names it ("Screened in").</summary>
    public static string FunnelStage(this IStringLocalizer localizer, ApplicationStage stage) =>
        localizer[GenderFunnel.StageLabel(stage)];

    public static string Region(this IStringLocalizer localizer, Region region) => localizer[Labels.Region(region)];

    public static string MandateArea(this IStringLocalizer localizer, MandateArea area) => localizer[Labels.MandateArea(area)];

    public static string DocumentKind(this IStringLocalizer localizer, DocumentKind kind) => localizer[Labels.DocumentKind(kind)];

    public static string GenderGroup(this IStringLocalizer localizer, GenderGroup group) => localizer[GenderGroups.Label(group)];

    public static string Attainment(this IStringLocalizer localizer, TargetAttainment attainment) => localizer[attainment.Words];

    public static string VacancyStatus(this IStringLocalizer localizer, VacancyStatus status) => localizer[status.ToString()];

    public static string LanguageLevel(this IStringLocalizer localizer, LanguageLevel level) => localizer[level.ToString()];

    public static string Readiness(this IStringLocalizer localizer, Readiness readiness) => localizer[readiness switch
    {
        Domain.Candidates.Readiness.ReadyNow => "Ready now",
        Domain.Candidates.Readiness.ReadyIn1To2Years => "Ready in 1–2 years",
        _ => readiness.ToString(),
    }];
}
