using System.Text.RegularExpressions;
using LeadershipPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeadershipPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CandidateJourneyTests(BrowserFixture fixture)
{
    // An open vacancy that no other browser journey changes.
    private const string VacancyTitle = "Deputy Force Commander, UNIFIL";

    [BrowserFact]
    public async Task A_candidate_registers_completes_the_profile_uploads_a_CV_and_applies()
    {
        await using var session = await fixture.NewSessionAsync("candidate");
        var page = session.Page;

        await page.GotoAsync("/");
        await session.CheckPageAsync("home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register as a candidate" })).ToBeVisibleAsync();
        await session.CheckPageAsync("register");

        await page.GetByLabel("Full name").FillAsync("Amara Okonkwo-Test");
        await page.GetByLabel("Email address").FillAsync($"amara-{Guid.NewGuid():N}@example.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long browser passphrase");
        await page.GetByLabel("Confirm password").FillAsync("a long browser passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Amara Okonkwo-Test" })).ToBeVisibleAsync();
        await session.CheckPageAsync("dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit my profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My profile", Exact = true })).ToBeVisibleAsync();
        await session.CheckPageAsync("profile");

        await page.GetByLabel("Nationality").SelectOptionAsync(new SelectOptionValue { Label = "Ghana" });
        await page.GetByLabel("Self-nominated").CheckAsync();
        await page.GetByLabel("Current post").FillAsync("Deputy Chief of Defence Staff");
        await page.GetByLabel("Years in senior posts").FillAsync("11");
        await page.GetByLabel("Education").FillAsync("MSc Defence Studies, King's College London");
        await page.GetByLabel("Africa", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Protection of civilians").CheckAsync();
        await page.GetByLabel("Language 1").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByLabel("Level").First.SelectOptionAsync(new SelectOptionValue { Label = "Fluent" });
        await page.GetByLabel("Mission", new() { Exact = true }).FillAsync("UNMIL");
        await page.GetByLabel("Role", new() { Exact = true }).FillAsync("Sector Commander");
        await page.GetByLabel("From (year)").FillAsync("2012");
        await page.GetByLabel("To (year, empty if current)").FillAsync("2014");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile is saved.");
        await Expect(page.GetByText("your CV (PDF)")).ToBeVisibleAsync();
        await session.CheckPageAsync("profile-saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Upload your CV and nomination letter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My documents" })).ToBeVisibleAsync();
        await session.CheckPageAsync("documents");
        var cv = page.GetByRole(AriaRole.Region, new() { Name = "Curriculum vitae (CV)" });
        await cv.GetByLabel(new Regex("^Upload a PDF")).SetInputFilesAsync(new FilePayload
        {
            Name = "amara-cv.pdf",
            MimeType = "application/pdf",
            Buffer = TinyPdf.Create("Amara Okonkwo-Test, curriculum vitae"),
        });
        await cv.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Curriculum vitae (CV) uploaded.");
        await Expect(cv.GetByRole(AriaRole.Link, new() { Name = "amara-cv.pdf" })).ToBeVisibleAsync();
        await session.CheckPageAsync("documents-uploaded");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Vacancies" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open vacancies" })).ToBeVisibleAsync();
        await session.CheckPageAsync("vacancies");
        await page.GetByRole(AriaRole.Link, new() { Name = VacancyTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = VacancyTitle, Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync("vacancy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Apply for this post" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Apply: {VacancyTitle}" })).ToBeVisibleAsync();
        await session.CheckPageAsync("apply");

        await page.GetByLabel(new Regex("What would you achieve in this post")).FillAsync(
            "I would keep the force ready to protect civilians south of the Litani and work with both parties' liaison officers.");
        var statements = page.GetByRole(AriaRole.Region, new() { Name = "Competency statements" }).GetByRole(AriaRole.Textbox);
        var count = await statements.CountAsync();
        Assert.InRange(count, 5, 6);
        for (var i = 0; i < count; i++)
        {
            await statements.Nth(i).FillAsync($"Situation: a sector under pressure ({i + 1}). Action: I led the response. Result: civilians were safer.");
        }

        session.AcceptConfirmations();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your application is submitted");
        await session.CheckPageAsync("application-submitted");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My applications" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = VacancyTitle });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Received");
        await session.CheckPageAsync("my-applications");
    }
}
