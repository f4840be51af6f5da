using System.Text.Encodings.Web;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Web.Components;
using LeadershipPortal.Web.Features.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.ComponentTests;

public sealed class StageBadgeTests : BunitContext
{
    public StageBadgeTests() => Services.AddPortalLocalization();

    [Fact]
    public void Shows_the_stage_in_words_not_only_in_colour()
    {
        var badge = Render<StageBadge>(p => p.Add(b => b.Stage, ApplicationStage.Shortlisted));

        badge.MarkupMatches("""<span class="badge stage-badge text-bg-primary" data-stage="Shortlisted">Shortlisted</span>""");
    }

    [Fact]
    public void Writes_not_selected_as_two_words()
    {
        var badge = Render<StageBadge>(p => p.Add(b => b.Stage, ApplicationStage.NotSelected));

        Assert.Equal("Not selected", badge.Find("span").TextContent);
    }

    [Theory]
    [InlineData(ApplicationStage.Appointed, "text-bg-success")]
    [InlineData(ApplicationStage.Withdrawn, "text-bg-warning")]
    [InlineData(ApplicationStage.Draft, "text-bg-light")]
    [InlineData(ApplicationStage.Assessment, "text-bg-info")]
    public void Colours_final_and_open_stages_differently(ApplicationStage stage, string expectedClass)
    {
        var badge = Render<StageBadge>(p => p.Add(b => b.Stage, stage));

        Assert.Contains(expectedClass, badge.Find("span").ClassList);
    }

    [Fact]
    public void Every_stage_has_a_label_and_a_colour()
    {
        foreach (var stage in Enum.GetValues<ApplicationStage>())
        {
            var span = Render<StageBadge>(p => p.Add(b => b.Stage, stage)).Find("span");

            Assert.False(string.IsNullOrWhiteSpace(span.TextContent));
            Assert.Contains(span.ClassList, c => c.StartsWith("text-bg-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pages_that_write_the_badge_without_the_component_write_the_same_markup()
    {
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        foreach (var stage in Enum.GetValues<ApplicationStage>())
        {
            using var html = new StringWriter();
            StageBadgeMarkup.Html(stage, localizer).WriteTo(html, HtmlEncoder.Default);

            Render<StageBadge>(p => p.Add(b => b.Stage, stage)).MarkupMatches(html.ToString());
        }
    }
}
