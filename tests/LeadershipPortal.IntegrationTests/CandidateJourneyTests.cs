using System.Net;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

/// <summary>A new candidate, from registration to a withdrawn application, only through the pages and forms a person uses.</summary>
[Collection(PortalCollection.Name)]
public sealed class CandidateJourneyTests(PortalFactory factory)
{
    [Fact]
    public async Task Register_complete_the_profile_upload_a_cv_draft_submit_follow_and_withdraw()
    {
        var client = factory.CreatePortalClient();
        await RegisterWithCompleteProfileAsync(client, "Mariana Quispe", "mariana.quispe@example.org", "andes morning river");

        // From the public vacancy page to the application form.
        var list = await client.GetDocumentAsync("/Vacancies?language=French");
        var vacancy = await client.GetDocumentAsync(list.QuerySelector("tbody a")!.GetAttribute("href")!);
        var apply = await client.GetDocumentAsync(vacancy.QuerySelector("a[href^='/Candidate/Apply/']")!.GetAttribute("href")!);
        var draft = await client.SubmitAsync(apply, "#apply-form", new Dictionary<string, string> { ["Vision"] = "A mission that keeps its political process alive." }, "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        var dashboard = await client.GetDocumentAsync("/Candidate");
        var resume = dashboard.QuerySelector("tbody a[href^='/Candidate/Apply/']")!.GetAttribute("href")!;
        apply = await client.GetDocumentAsync(resume);
        Assert.Equal("A mission that keeps its political process alive.", apply.QuerySelector("#Vision")!.TextContent);
        var statements = apply.QuerySelectorAll("textarea[name^='Statements[']").ToDictionary(t => t.GetAttribute("name")!, _ => "Situation: talks stalled. Action: I convened the guarantors. Result: the agreement held.");
        var submitted = await client.SubmitAsync(apply, "#apply-form", statements, "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var details = await client.GetDocumentAsync(submitted.Headers.Location!.OriginalString);
        Assert.Equal(["Draft started", "Received"], details.QuerySelectorAll("#timeline strong").Select(s => s.TextContent));
        Assert.Contains(Mailbox.For(factory, "mariana.quispe@example.org"), m => m.Subject!.StartsWith("Application received", StringComparison.Ordinal));

        var confirm = await client.GetDocumentAsync(details.QuerySelector("a.btn-outline-danger")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(confirm, "#withdraw-form")).StatusCode);
        var withdrawn = await client.GetDocumentAsync(submitted.Headers.Location!.OriginalString);
        Assert.Equal("Withdrawn", withdrawn.QuerySelector("#status")!.TextContent);
        Assert.Equal(1, await Arrange.QueryAsync(factory, db => db.Applications.CountAsync(a => db.Candidates.Any(c => c.Id == a.CandidateId && c.FullName == "Mariana Quispe"))));
    }

    /// <summary>Registers through the form, completes the profile (Peruvian, nominated by Peru) and uploads a CV.</summary>
    internal static async Task RegisterWithCompleteProfileAsync(HttpClient client, string fullName, string email, string password)
    {
        var register = await client.GetDocumentAsync("/Identity/Account/Register");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(register, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        })).StatusCode);

        var profile = await client.GetDocumentAsync("/Candidate/Profile");
        var peru = profile.QuerySelectorAll("#Input_NationalityId option").Single(o => o.TextContent == "Peru").GetAttribute("value")!;
        profile.SetCheckboxes("#profile-form", "Input.Regions", ["Americas", "Africa"]);
        profile.SetCheckboxes("#profile-form", "Input.MandateAreas", ["ProtectionOfCivilians", "PoliticalProcess"]);
        ((AngleSharp.Html.Dom.IHtmlInputElement)profile.GetElementById("nomination-MemberState")!).IsChecked = true;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(profile, "#profile-form", new Dictionary<string, string>
        {
            ["Input.NationalityId"] = peru,
            ["Input.NominatingStateId"] = peru,
            ["Input.NominatingAuthority"] = "Permanent Mission of Peru",
            ["Input.CurrentPost"] = "Director of Political Affairs, MINUSCA",
            ["Input.YearsInSeniorPosts"] = "12",
            ["Input.Education"] = "MA, Pontificia Universidad Católica del Perú",
            ["Input.Languages[0].Language"] = "Spanish",
            ["Input.Languages[0].Level"] = "Native",
            ["Input.Languages[1].Language"] = "French",
            ["Input.Languages[1].Level"] = "Fluent",
            ["Input.FieldMissions[0].Mission"] = "MINUSCA",
            ["Input.FieldMissions[0].Role"] = "Director of Political Affairs",
            ["Input.FieldMissions[0].FromYear"] = "2020",
        })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await DocumentTests.UploadAsync(client, DocumentKind.Cv, "CV.pdf", Arrange.SmallPdf)).StatusCode);
        var complete = await client.GetDocumentAsync("/Candidate/Profile");
        Assert.Contains("100% complete", complete.QuerySelector("#h-completeness")!.TextContent, StringComparison.Ordinal);
    }
}
