using System.Net;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>
/// Messages built with values (limits, what is missing, sums) and Identity's errors come back in French with the
/// values filled in; a candidate who chose French receives French emails, whoever causes them.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchMessageTests(PortalFactory factory)
{
    private const string Password = "fleuve matin clair";

    [Fact]
    public async Task A_candidate_registered_in_french_is_told_limits_and_gaps_in_french_and_gets_a_french_receipt()
    {
        var email = $"fr-candidate-{Guid.NewGuid():N}@example.org";
        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        await RegisterAsync(client, "Aminata Traoré", email);
        Assert.Equal("fr", await LanguageOfAsync(email));

        var vacancyId = await Arrange.VacancyIdAsync(factory, "MONUSCO-HOM-2026");
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        var tooLong = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = string.Join(' ', Enumerable.Repeat("paix", 501)) }, "button[formaction*='handler=Save']"));
        Assert.Equal("La déclaration de vision compte 501 mots ; la limite est de 500.", tooLong.QuerySelector("[data-valmsg-for='Vision']")!.TextContent);

        var statements = form.QuerySelectorAll("textarea[name^='Statements[']").ToDictionary(t => t.GetAttribute("name")!, _ => "Situation : les pourparlers étaient bloqués. Action : j’ai réuni les garants. Résultat : l’accord a tenu.");
        statements["Vision"] = "Une mission qui protège d’abord les civils.";
        var incomplete = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#apply-form", statements, "button[formaction*='handler=Submit']"));
        var gaps = incomplete.QuerySelector("div.validation-summary-errors")!.TextContent;
        Assert.Contains("Complétez votre profil avant de soumettre.", gaps, StringComparison.Ordinal);
        Assert.Contains("votre nationalité", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("your nationality", gaps, StringComparison.Ordinal);

        await CompleteProfileAsync(email);
        await Arrange.GiveCvAsync(factory, email);
        form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        var submitted = await client.SubmitAsync(form, "#apply-form", statements, "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var receipt = Assert.Single(Mailbox.For(factory, email));
        Assert.StartsWith("Candidature reçue : ", receipt.Subject, StringComparison.Ordinal);
        Assert.Contains("<p>Bonjour Aminata Traor", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Nous avons bien reçu votre candidature", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<em>Mes candidatures</em>", receipt.HtmlBody, StringComparison.Ordinal);

        // Switching back to English while signed in is remembered on the account too.
        await client.ChooseLanguageAsync("en");
        Assert.Equal("en", await LanguageOfAsync(email));
    }

    [Fact]
    public async Task Registering_in_french_with_a_taken_email_is_refused_with_identitys_message_in_french()
    {
        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        var register = await client.GetDocumentAsync("/Identity/Account/Register");
        var response = await client.SubmitAsync(register, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Quelqu’un",
            ["Input.Email"] = "candidate1@portal.test",
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await HtmlPages.ParseAsync(response)).QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent).ToList();
        Assert.Contains("L’adresse électronique « candidate1@portal.test » est déjà utilisée.", errors);
        Assert.DoesNotContain(errors, e => e.Contains("already taken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hr_in_french_is_told_the_weights_sum_with_both_numbers_and_nothing_is_saved()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("hr@portal.test");
        await client.ChooseLanguageAsync("fr");
        var form = await client.GetDocumentAsync("/Hr/Vacancies/Edit");
        var weights = form.QuerySelectorAll("input[name$='].Weight']").Select(i => i.GetAttribute("name")!).Take(2).ToList();
        var mission = (AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input_MissionId")!;
        mission.Value = mission.Options.First(o => o.Text.StartsWith("MINUSS", StringComparison.Ordinal)).Value;
        var position = (AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input_PositionTypeId")!;
        position.Value = position.Options.First(o => o.Text.StartsWith("Chef(fe) de mission adjoint(e)", StringComparison.Ordinal)).Value;

        var refused = await HtmlPages.ParseAsync(await client.SubmitAsync(form, "#vacancy-form", new Dictionary<string, string>
        {
            ["Input.Key"] = "UNMISS-FR-WEIGHTS-2031",
            ["Input.Title"] = "Représentant(e) spécial(e) adjoint(e), MINUSS",
            ["Input.Grade"] = "ASG",
            ["Input.OpensOn"] = "2031-03-01",
            ["Input.ClosesOn"] = "2031-04-15",
            ["Input.GenderTargetPercent"] = "50",
            ["Input.MinimumYears"] = "10",
            [weights[0]] = "55",
            [weights[1]] = "40",
        }));

        Assert.Equal("La somme des pondérations des compétences doit être de 100 ; elle est de 95.", refused.QuerySelector("[data-valmsg-for='Input.Competencies']")!.TextContent);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Vacancies.AnyAsync(v => v.Key == "UNMISS-FR-WEIGHTS-2031")));
    }

    [Fact]
    public async Task A_french_user_resets_a_forgotten_password_through_french_pages_and_a_french_email()
    {
        var (email, id) = await TestUsers.CreateAsync(factory, "fr-reset", LeadershipPortal.Web.Identity.Roles.Candidate);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            (await db.Users.SingleAsync(u => u.Id == id)).PreferredLanguage = "fr";
            await db.SaveChangesAsync();
        }

        var client = factory.CreatePortalClient();
        await client.ChooseLanguageAsync("fr");
        var forgot = await client.GetDocumentAsync("/Identity/Account/ForgotPassword");
        Assert.Equal("Mot de passe oublié ?", forgot.QuerySelector("main h1")!.TextContent);

        // An unknown address gets the same answer as a known one, and no email.
        var unknown = await client.SubmitAsync(forgot, "main form", new Dictionary<string, string> { ["Input.Email"] = $"nobody-{Guid.NewGuid():N}@example.org" });
        var known = await client.SubmitAsync(forgot, "main form", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        var confirmation = await client.GetDocumentAsync(known.Headers.Location!.OriginalString);
        Assert.Equal("Consultez votre messagerie pour réinitialiser votre mot de passe.", confirmation.QuerySelector("main p")!.TextContent);

        var mail = Assert.Single(Mailbox.For(factory, email));
        Assert.Equal("Réinitialisez votre mot de passe", mail.Subject);
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(mail.HtmlBody ?? string.Empty, "href=\"([^\"]+)\"").Groups[1].Value);
        var reset = await client.GetDocumentAsync(new Uri(link).PathAndQuery);
        Assert.Equal("Choisissez votre nouveau mot de passe.", reset.QuerySelector("main h2")!.TextContent);
        var done = await client.SubmitAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "nouvelle rivière claire",
            ["Input.ConfirmPassword"] = "nouvelle rivière claire",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Votre mot de passe a été réinitialisé.", (await client.GetDocumentAsync(done.Headers.Location!.OriginalString)).QuerySelector("main p")!.FirstChild!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, "nouvelle rivière claire")).StatusCode);
    }

    [Fact]
    public async Task A_malformed_reset_code_is_a_bad_request_not_an_error()
    {
        var response = await factory.CreatePortalClient().GetAsync("/Identity/Account/ResetPassword?code=%25%25%25");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task RegisterAsync(HttpClient client, string fullName, string email)
    {
        var register = await client.GetDocumentAsync("/Identity/Account/Register");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(register, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        })).StatusCode);
    }

    private Task<string> LanguageOfAsync(string email) =>
        Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync());

    // The profile form has its own tests; here only a complete profile matters.
    private async Task CompleteProfileAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var profile = await db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == email));
        var ghana = await db.MemberStates.Where(s => s.IsoCode == "GHA").Select(s => s.Id).SingleAsync();
        profile.UpdatePersonalDetails(profile.FullName, Gender.Woman, ghana);
        profile.UpdateExperience("Directrice des affaires politiques, MINUSMA", 12, "Master, Université de Bamako", [Region.Africa], [MandateArea.PoliticalProcess]);
        profile.SetLanguages([new LanguageSkill("French", LanguageLevel.Native)]);
        profile.SetFieldMissions([new FieldMissionExperience("MINUSMA", "Directrice des affaires politiques", 2015, 2023)]);
        profile.Nominate(Nomination.ByMemberState(ghana, null, null));
        await db.SaveChangesAsync();
    }
}
