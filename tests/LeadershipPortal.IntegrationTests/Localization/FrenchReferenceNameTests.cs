using System.Text.Json;
using System.Xml.Linq;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// Reference data (Member States, missions and their acronyms, position types, competencies, languages) is named in
/// French on French pages with the UN's official French names, and picker lists follow the French alphabet.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchReferenceNameTests(PortalFactory factory)
{
    [Fact]
    public async Task A_french_vacancy_page_names_the_mission_position_and_competencies_in_french()
    {
        var id = await Arrange.VacancyIdAsync(factory, "UNIFIL-DFC-2026");
        var english = await factory.CreatePortalClient().GetDocumentAsync($"/Vacancies/Details/{id}");
        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        var french = await client.GetDocumentAsync($"/Vacancies/Details/{id}");

        var lead = french.QuerySelector("main p.lead")!.TextContent;
        Assert.StartsWith("Commandant(e) adjoint(e) de la force, ", lead, StringComparison.Ordinal);
        Assert.EndsWith("Force intérimaire des Nations Unies au Liban (FINUL), Liban", lead.Trim(), StringComparison.Ordinal);
        Assert.Equal("Deputy Force Commander, ", english.QuerySelector("main p.lead")!.TextContent[..24]);
        Assert.EndsWith("United Nations Interim Force in Lebanon (UNIFIL), Lebanon", english.QuerySelector("main p.lead")!.TextContent.Trim(), StringComparison.Ordinal);

        var frenchCompetencies = french.QuerySelectorAll("main h3").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        var englishCompetencies = english.QuerySelectorAll("main h3").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        string[] official = ["Vision et orientation stratégique", "Jugement et analyse politiques", "Aptitude à diriger et délégation de pouvoir", "Intégrité et responsabilité", "Inclusion et promotion de l’égalité des genres", "Prise de décisions sous pression", "Établissement de partenariats", "Gestion des ressources et de la performance"];
        Assert.NotEmpty(frenchCompetencies);
        Assert.Equal(englishCompetencies.Count, frenchCompetencies.Count);
        Assert.All(frenchCompetencies, c => Assert.Contains(c, official));

        var list = await client.GetDocumentAsync("/Vacancies");
        Assert.Contains(list.QuerySelectorAll("#mission option"), o => o.TextContent.StartsWith("FINUL (", StringComparison.Ordinal));
        Assert.Contains(list.QuerySelectorAll("main abbr"), a => a.TextContent == "FINUL" && a.GetAttribute("title") == "Force intérimaire des Nations Unies au Liban");
    }

    [Fact]
    public async Task A_french_candidate_picks_member_states_and_languages_by_their_french_names_in_french_order()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-names", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var english = (await client.GetDocumentAsync("/Candidate/Profile")).QuerySelectorAll("#Input_NationalityId option").Select(o => o.TextContent).ToList();
        await client.ChooseLanguageAsync("fr");
        var page = await client.GetDocumentAsync("/Candidate/Profile");
        var states = page.QuerySelectorAll("#Input_NationalityId option").Skip(1).Select(o => o.TextContent).ToList();

        Assert.Contains("Germany", english);
        Assert.Contains("Allemagne", states);
        Assert.Contains("République-Unie de Tanzanie", states);
        Assert.DoesNotContain("Germany", states);

        // French order: accented letters sort with their base letter, not after Z.
        Assert.True(states.IndexOf("Allemagne") < states.IndexOf("Argentine"));
        Assert.True(states.IndexOf("Égypte") < states.IndexOf("Espagne"));
        Assert.True(states.IndexOf("Éthiopie") < states.IndexOf("Fidji"));
        var germanyValue = page.QuerySelectorAll("#Input_NationalityId option").Single(o => o.TextContent == "Allemagne").GetAttribute("value");
        Assert.Equal(germanyValue, (await client.GetDocumentAsync("/Candidate/Profile")).QuerySelectorAll("#Input_NominatingStateId option").Single(o => o.TextContent == "Allemagne").GetAttribute("value"));

        var languages = page.QuerySelectorAll("#lang-0 option").Select(o => (Value: o.GetAttribute("value"), Text: o.TextContent)).ToList();
        Assert.Contains(("German", "Allemand"), languages);
        Assert.Contains(("French", "Français"), languages);
    }

    [Fact]
    public void A_reference_name_inside_a_built_sentence_is_said_in_french()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var missing = new Sentence("Missing: {0}.", new SentenceList([new Sentence("{0} (required)", new ReferenceName("German")), new Sentence("{0} (desired)", new ReferenceName("Arabic"))]));

        using (PortalCultures.Use("fr"))
        {
            Assert.Equal("Manquant : Allemand (exigée), Arabe (souhaitée).", localizer.Say(missing));
        }

        using (PortalCultures.Use("en"))
        {
            Assert.Equal("Missing: German (required), Arabic (desired).", localizer.Say(missing));
        }
    }

    [Fact]
    public void Every_seeded_reference_name_has_a_french_name()
    {
        var root = Repository.Root();
        var keys = XDocument.Load(Path.Combine(root, "src", "LeadershipPortal.Web", "Resources", "Features", "Localization", "ReferenceNames.fr.resx"))
            .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        JsonElement Seed(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "seed-data", file))).RootElement;

        var names = new List<string>();
        names.AddRange(Seed("member-states.json").EnumerateArray().Select(s => s.GetProperty("name").GetString()!));
        names.AddRange(Seed("missions.json").EnumerateArray().SelectMany(m => new[] { m.GetProperty("code").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("hostCountry").GetString()! }));
        names.AddRange(Seed("position-types.json").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
        names.AddRange(Seed("competency-framework.json").GetProperty("competencies").EnumerateArray().SelectMany(c => new[] { c.GetProperty("name").GetString()!, c.GetProperty("description").GetString()! }));
        names.AddRange(LeadershipPortal.Domain.Common.Languages.All);

        Assert.Equal(91, Seed("member-states.json").GetArrayLength());
        Assert.DoesNotContain(names, n => !keys.Contains(n));
    }
}
