using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Identity;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// The framework's model-binding messages (a word typed into a number field) come back in the page's language, with
/// the field's translated name.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchBindingTests(PortalFactory factory)
{
    [Fact]
    public async Task A_word_typed_into_a_number_field_is_refused_in_french_and_in_english()
    {
        var (email, _) = await TestUsers.CreateAsync(factory, "fr-binding", Roles.Candidate);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        await client.ChooseLanguageAsync("fr");

        var form = await client.GetDocumentAsync("/Candidate/Profile");
        var values = new Dictionary<string, string>
        {
            ["Input.FullName"] = "Test fr-binding",
            ["Input.YearsInSeniorPosts"] = "douze",
            ["Input.FieldMissions[0].Mission"] = "MINUSCA",
            ["Input.FieldMissions[0].FromYear"] = "deux mille",
        };
        var response = await client.SubmitAsync(form, "#profile-form", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await HtmlPages.ParseAsync(response);
        Assert.Equal("La valeur « douze » n’est pas valide pour le champ Années à des postes de direction.", refused.QuerySelector("[data-valmsg-for='Input.YearsInSeniorPosts']")!.TextContent);
        Assert.Equal("La valeur « deux mille » n’est pas valide pour le champ De (année).", refused.QuerySelector("[data-valmsg-for='Input.FieldMissions[0].FromYear']")!.TextContent);
        var summary = refused.QuerySelector("div.validation-summary-errors")!.TextContent;
        Assert.DoesNotContain("is not valid", summary, StringComparison.Ordinal);

        await client.ChooseLanguageAsync("en");
        form = await client.GetDocumentAsync("/Candidate/Profile");
        var english = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#profile-form", values));
        Assert.Equal("The value 'douze' is not valid for Years in senior posts.", english.QuerySelector("[data-valmsg-for='Input.YearsInSeniorPosts']")!.TextContent);
    }
}
