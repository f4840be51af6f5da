using System.Text.Encodings.Web;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Components;

/// <summary>
/// The stage badge's look, shared by the <see cref="StageBadge"/> component and by Razor Pages that show a badge
/// per table row: rendering a component per row costs a renderer each, which a 50-row ranking felt.
/// </summary>
public static class StageBadgeMarkup
{
    /// <summary>The colour only repeats what the words say (WCAG 1.4.1).</summary>
    public static string CssClass(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Draft => "text-bg-light border",
        ApplicationStage.Submitted or ApplicationStage.Screening => "text-bg-secondary",
        ApplicationStage.Assessment or ApplicationStage.Interview => "text-bg-info",
        ApplicationStage.Shortlisted or ApplicationStage.Recommended => "text-bg-primary",
        ApplicationStage.Appointed => "text-bg-success",
        ApplicationStage.NotSelected or ApplicationStage.Ineligible => "text-bg-dark",
        ApplicationStage.Withdrawn => "text-bg-warning",
        _ => "text-bg-light",
    };

    /// <summary>The same span the component renders: the stage in words in the reader's language.</summary>
    /// <remarks>Written as one string rather than through a TagBuilder, which costs a dictionary and buffers per row.</remarks>
    public static IHtmlContent Html(ApplicationStage stage, IStringLocalizer localizer) =>
        new HtmlString($"<span class=\"badge stage-badge {CssClass(stage)}\" data-stage=\"{stage}\">{HtmlEncoder.Default.Encode(localizer.Stage(stage))}</span>");
}
