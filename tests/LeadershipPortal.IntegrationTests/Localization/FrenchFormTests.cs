using System.Net;
using AngleSharp.Html.Dom;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>Staff forms posted in French: numbers and dates bind as in English, messages come back in French.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchFormTests(PortalFactory factory)
{
    [Fact]
    public async Task Hr_in_french_saves_a_vacancy_whose_numbers_and_dates_bind_and_is_told_so_in_french()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        await client.ChooseLanguageAsync("fr");
        var form = await client.GetDocumentAsync("/Hr/Vacancies/Edit");
        Assert.Equal("Nouveau poste vacant", form.QuerySelector("main h1")!.TextContent);
        var weights = form.QuerySelectorAll("input[name$='].Weight']").Select(i => i.GetAttribute("name")!).Take(2).ToList();
        Select(form, "#Input_MissionId", "MINUSS — Mission des Nations Unies en République du Soudan du Sud");
        Select(form, "#Input_PositionTypeId", "Chef(fe) de mission adjoint(e)");
        var values = new Dictionary<string, string>
        {
            ["Input.Key"] = "UNMISS-FR-NUMBERS-2031",
            ["Input.Title"] = "Représentant(e) spécial(e) adjoint(e), MINUSS",
            ["Input.Grade"] = "ASG",
            ["Input.OpensOn"] = "2031-03-01",
            ["Input.ClosesOn"] = "2031-04-15",
            ["Input.GenderTargetPercent"] = "42",
            ["Input.MinimumYears"] = "12",
            [weights[0]] = "0",
            [weights[1]] = "0",
        };

        var refused = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#vacancy-form", values));
        Assert.Equal("Le poste vacant n’a pas été enregistré. Veuillez corriger :", refused.QuerySelector("#vacancy-form .alert p")!.TextContent);
        Assert.Equal("Choisissez au moins une compétence à évaluer.", refused.QuerySelector("[data-valmsg-for='Input.Competencies']")!.TextContent);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Vacancies.AnyAsync(v => v.Key == "UNMISS-FR-NUMBERS-2031")));

        values[weights[0]] = "55";
        values[weights[1]] = "45";
        var saved = await client.SubmitAsync(form, "#vacancy-form", values);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var vacancy = await Arrange.QueryAsync(factory, db => db.Vacancies.Include(v => v.Competencies).SingleAsync(v => v.Key == "UNMISS-FR-NUMBERS-2031"));
        Assert.Equal(42, vacancy.GenderTargetPercent);
        Assert.Equal(12, vacancy.Needs.MinimumYearsInSeniorPosts);
        Assert.Equal(new DateTime(2031, 3, 1, 0, 0, 0, DateTimeKind.Utc), vacancy.OpensAtUtc);
        Assert.Equal(new DateOnly(2031, 4, 15), DateOnly.FromDateTime(vacancy.ClosesAtUtc));
        Assert.Equal([55, 45], vacancy.Competencies.Select(c => c.Weight).OrderDescending());
        var details = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Le poste vacant est enregistré.", details.QuerySelector("main [role=status]")!.TextContent);

        var edit = await client.GetDocumentAsync($"/Hr/Vacancies/Edit/{vacancy.Id}");
        Assert.Equal("42", edit.QuerySelector("#Input_GenderTargetPercent")!.GetAttribute("value"));
        Assert.Equal("Part cible de femmes sur la liste restreinte (%)", edit.QuerySelector("label[for=Input_GenderTargetPercent]")!.TextContent);
    }

    private static void Select(IHtmlDocument page, string selector, string startsWith)
    {
        var select = (IHtmlSelectElement)page.QuerySelector(selector)!;
        select.Value = select.Options.First(o => o.Text.StartsWith(startsWith, StringComparison.Ordinal)).Value;
    }
}
