using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Components;

namespace LeadershipPortal.ComponentTests;

public sealed class GenderFunnelTests : BunitContext
{
    public GenderFunnelTests() => Services.AddPortalLocalization();

    // Applied: 12 women, 18 men, 1 another, 2 not stated; screened in: 8 and 9; assessed: 3 women and 9 men.
    private static readonly Domain.GenderBalance.GenderFunnel Funnel = Domain.GenderBalance.GenderFunnel.From(
    [
        (ApplicationStage.Submitted, Gender.Woman, 12), (ApplicationStage.Submitted, Gender.Man, 18),
        (ApplicationStage.Submitted, Gender.Another, 1), (ApplicationStage.Submitted, Gender.PreferNotToSay, 1), (ApplicationStage.Submitted, null, 1),
        (ApplicationStage.Screening, Gender.Woman, 8), (ApplicationStage.Screening, Gender.Man, 9),
        (ApplicationStage.Assessment, Gender.Woman, 3), (ApplicationStage.Assessment, Gender.Man, 9),
    ]);

    [Fact]
    public void Shows_one_row_per_stage_with_the_stage_in_words()
    {
        var table = Render<Web.Components.GenderFunnel>(p => p.Add(f => f.Funnel, Funnel));

        var stages = table.FindAll("tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Applied", "Screened in", "Assessed", "Interviewed", "Shortlisted", "Recommended", "Appointed"], stages);
        Assert.Equal("Applications reaching each stage, by gender", table.Find("caption").TextContent);
    }

    [Fact]
    public void Shows_counts_and_the_share_of_women_where_nothing_is_small()
    {
        var table = Render<Web.Components.GenderFunnel>(p => p.Add(f => f.Funnel, Funnel));

        // Applied: another 1 and not stated 2 are small; two withheld cells protect each other.
        Assert.Equal(["12", "18", "<5", "<5", "33", "36.4 %"], Cells(table, ApplicationStage.Submitted));

        // Screened in: nothing small, share 8 / 17.
        Assert.Equal(["8", "9", "0", "0", "17", "47.1 %"], Cells(table, ApplicationStage.Screening));
    }

    [Fact]
    public void Withholds_a_small_cell_its_complement_and_the_share()
    {
        var table = Render<Web.Components.GenderFunnel>(p => p.Add(f => f.Funnel, Funnel));

        // Assessed: 3 women (small); the 9 men go too, or 12 − 9 would give the 3 back.
        Assert.Equal(["<5", "hidden", "0", "0", "12", "withheld"], Cells(table, ApplicationStage.Assessment));
        var men = table.Find($"tr[data-stage='{ApplicationStage.Assessment}'] td[data-group='Men']");
        Assert.Equal("Hidden", men.GetAttribute("data-state"));
    }

    [Fact]
    public void Takes_its_caption_and_id_from_the_page()
    {
        var table = Render<Web.Components.GenderFunnel>(p => p
            .Add(f => f.Funnel, Funnel)
            .Add(f => f.Caption, "MONUSCO-HOM-2026")
            .Add(f => f.Id, "dossier-funnel"));

        Assert.Equal("MONUSCO-HOM-2026", table.Find("table#dossier-funnel caption").TextContent);
    }

    [Theory]
    [InlineData(50, 0.5, "Met", "text-bg-success")]
    [InlineData(50, 0.46, "Close", "text-bg-warning")]
    [InlineData(50, 0.2, "Not met", "text-bg-danger")]
    [InlineData(50, null, "Not reportable", "text-bg-secondary")]
    public void Attainment_is_in_words_and_numbers_as_well_as_colour(int target, double? share, string words, string css)
    {
        var badge = Render<AttainmentBadge>(p => p.Add(b => b.Attainment, TargetAttainment.Evaluate(target, share)));

        var label = badge.Find(".badge");
        Assert.Equal(words, label.TextContent);
        Assert.Contains(css, label.ClassList);
        Assert.Contains($"{target} %", badge.Markup, StringComparison.Ordinal);
        if (share is { } s)
        {
            Assert.Contains((s * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + $" % against {target} %", badge.Markup, StringComparison.Ordinal);
        }
    }

    private static List<string> Cells(IRenderedComponent<Web.Components.GenderFunnel> table, ApplicationStage stage) =>
        table.FindAll($"tr[data-stage='{stage}'] td").Select(td => td.TextContent).ToList();
}
