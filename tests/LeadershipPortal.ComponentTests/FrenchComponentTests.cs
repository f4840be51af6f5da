using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Web.Components;

namespace LeadershipPortal.ComponentTests;

/// <summary>Components render in the request's culture: here French, set on the test's thread and restored after.</summary>
public sealed class FrenchComponentTests : BunitContext
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public FrenchComponentTests()
    {
        Services.AddPortalLocalization();
        CultureInfo.CurrentCulture = new CultureInfo("fr");
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
    }

    [Fact]
    public void A_stage_badge_speaks_french()
    {
        var badge = Render<StageBadge>(p => p.Add(b => b.Stage, ApplicationStage.NotSelected));

        Assert.Equal("Non retenu(e)", badge.Find("span").TextContent);
        Assert.Equal("NotSelected", badge.Find("span").GetAttribute("data-stage"));
    }

    [Fact]
    public void A_gender_funnel_has_french_headings_and_stages()
    {
        var funnel = Domain.GenderBalance.GenderFunnel.From([(ApplicationStage.Submitted, Domain.Common.Gender.Woman, 6)]);
        var table = Render<Web.Components.GenderFunnel>(p => p.Add(f => f.Funnel, funnel));

        Assert.Equal("Candidatures atteignant chaque étape, par genre", table.Find("caption").TextContent);
        Assert.Equal("Étape atteinte", table.Find("thead th").TextContent);
        Assert.Equal("Candidatures", table.Find("tr[data-stage='Submitted'] th").TextContent);
    }

    [Fact]
    public void An_attainment_badge_writes_words_and_decimals_the_french_way()
    {
        var badge = Render<AttainmentBadge>(p => p.Add(b => b.Attainment, TargetAttainment.Evaluate(50, 0.2)));

        Assert.Equal("Non atteinte", badge.Find(".badge").TextContent);
        Assert.Contains("20,0 % pour une cible de 50 %", badge.Markup, StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }
}
