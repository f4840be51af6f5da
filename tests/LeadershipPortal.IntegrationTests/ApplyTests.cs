using System.Net;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class ApplyTests(PortalFactory factory)
{
    [Fact]
    public async Task A_draft_is_saved_and_submitted_with_a_receipt_then_frozen_and_shown_with_its_timeline()
    {
        const string email = "candidate11@portal.test";
        await Arrange.GiveCvAsync(factory, email);
        var vacancyId = await Arrange.VacancyIdAsync(factory, "MONUSCO-HOM-2026");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);

        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        var statements = form.QuerySelectorAll("textarea[name^='Statements[']").Select(t => t.GetAttribute("name")!).ToList();
        Assert.True(statements.Count >= 5);
        var draft = await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = "A mission that protects civilians first." }, "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        // Coming back later, the draft is there.
        form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        Assert.Equal("A mission that protects civilians first.", form.QuerySelector("#Vision")!.TextContent);
        var values = statements.ToDictionary(s => s, s => "Situation: an armed group closed the road. Action: I negotiated access. Result: convoys resumed within a week.");
        var submitted = await client.SubmitAsync(form, "#apply-form", values, "button[formaction*='handler=Submit']");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var details = await client.GetDocumentAsync(submitted.Headers.Location!.OriginalString);
        Assert.Equal("Received", details.QuerySelector("#status")!.TextContent);
        Assert.Equal(["Draft started", "Received"], details.QuerySelectorAll("#timeline strong").Select(s => s.TextContent));
        var receipt = Assert.Single(Mailbox.For(factory, email), m => m.Subject!.StartsWith("Application received", StringComparison.Ordinal));
        Assert.NotNull(receipt.HtmlBody);
        Assert.Contains("MONUSCO-HOM-2026", receipt.HtmlBody!, StringComparison.Ordinal);

        // After submission the Apply page sends the candidate to the frozen application, and saving is refused.
        var again = await client.GetAsync($"/Candidate/Apply/{vacancyId}");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stale = await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = "Changed." }, "button[formaction*='handler=Save']");
        var stalePage = await HtmlPages.ParseAsync(stale);
        Assert.Contains("already submitted", stalePage.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var audit = await Arrange.QueryAsync(factory, db => db.AuditEvents.Where(e => e.Action == "ApplicationSubmitted").Select(e => e.Details).ToListAsync());
        Assert.Contains(audit, d => d.StartsWith("MONUSCO-HOM-2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submitting_with_missing_statements_names_each_missing_field_and_keeps_the_draft()
    {
        const string email = "candidate11@portal.test";
        await Arrange.GiveCvAsync(factory, email);
        var vacancyId = await Arrange.VacancyIdAsync(factory, "UNMIK-DMS-2026");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");

        var response = await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = "" }, "button[formaction*='handler=Submit']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("Write your vision statement before submitting.", page.QuerySelector("[data-valmsg-for='Vision']")!.TextContent);
        var statementErrors = page.QuerySelectorAll("[data-valmsg-for^='Statements[']").Where(e => e.TextContent.Length > 0).ToList();
        Assert.Equal(form.QuerySelectorAll("textarea[name^='Statements[']").Length, statementErrors.Count);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Applications.AnyAsync(a => a.VacancyId == vacancyId && a.Stage == ApplicationStage.Submitted && db.Candidates.Any(c => c.Id == a.CandidateId && db.Users.Any(u => u.Id == c.UserId && u.Email == email)))));
    }

    [Fact]
    public async Task An_incomplete_profile_blocks_submission_and_says_what_is_missing()
    {
        var client = factory.CreatePortalClient();
        var register = await client.GetDocumentAsync("/Identity/Account/Register");
        await client.SubmitAsync(register, "form#registerForm", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Incomplete Profile",
            ["Input.Email"] = "apply.incomplete@example.org",
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });
        var vacancyId = await Arrange.VacancyIdAsync(factory, "UNIFIL-DFC-2026");
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");
        var values = form.QuerySelectorAll("textarea").ToDictionary(t => t.GetAttribute("name")!, _ => "Complete text.");

        var response = await client.SubmitAsync(form, "#apply-form", values, "button[formaction*='handler=Submit']");

        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("Complete your profile before submitting", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("your CV (PDF)", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_closing_date_saving_and_submitting_are_refused_with_the_date()
    {
        const string email = "candidate26@portal.test";
        var vacancyId = await Arrange.VacancyIdAsync(factory, "UNIFIL-DFC-2026");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");

        HttpResponseMessage response;
        using (factory.Clock.Shift(TimeSpan.FromDays(60)))
        {
            // Two months on, the earlier sign-in has expired: sign in again, then send the form kept open.
            await client.SignInOrFailAsync(email);
            response = await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = "Too late." }, "button[formaction*='handler=Save']");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        var closes = await Arrange.QueryAsync(factory, db => db.Vacancies.Where(v => v.Id == vacancyId).Select(v => v.ClosesAtUtc).SingleAsync());
        Assert.Contains($"The vacancy closed on {closes:d MMMM yyyy, HH:mm} UTC", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Applications.AnyAsync(a => a.VacancyId == vacancyId && db.Candidates.Any(c => c.Id == a.CandidateId && db.Users.Any(u => u.Id == c.UserId && u.Email == email)))));
    }

    [Fact]
    public async Task An_overlong_statement_is_refused_with_the_limit_and_nothing_is_saved()
    {
        const string email = "candidate26@portal.test";
        var vacancyId = await Arrange.VacancyIdAsync(factory, "MONUSCO-PC-2026");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");

        var response = await client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = string.Join(' ', Enumerable.Repeat("peace", 501)) }, "button[formaction*='handler=Save']");

        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("The vision statement has 501 words; the limit is 500.", page.QuerySelector("[data-valmsg-for='Vision']")!.TextContent);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Applications.AnyAsync(a => a.VacancyId == vacancyId && db.Candidates.Any(c => c.Id == a.CandidateId && db.Users.Any(u => u.Id == c.UserId && u.Email == email)))));
    }

    [Fact]
    public async Task The_same_form_sent_twice_at_once_creates_one_application()
    {
        const string email = "candidate13@portal.test";
        var vacancyId = await Arrange.VacancyIdAsync(factory, "UNMIK-DMS-2026");
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var form = await client.GetDocumentAsync($"/Candidate/Apply/{vacancyId}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.SubmitAsync(form, "#apply-form", new Dictionary<string, string> { ["Vision"] = "Sent twice." }, "button[formaction*='handler=Save']")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var count = await Arrange.QueryAsync(factory, db => db.Applications.CountAsync(a => a.VacancyId == vacancyId && db.Candidates.Any(c => c.Id == a.CandidateId && db.Users.Any(u => u.Id == c.UserId && u.Email == email))));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Withdrawing_asks_first_then_records_the_move_and_tells_the_candidate()
    {
        const string email = "candidate13@portal.test";
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var list = await client.GetDocumentAsync("/Candidate/Applications");
        var link = list.QuerySelectorAll("tbody a").First(a => a.TextContent.StartsWith("View", StringComparison.Ordinal)).GetAttribute("href")!;

        var details = await client.GetDocumentAsync(link);
        var confirm = await client.GetDocumentAsync(details.QuerySelector("a.btn-outline-danger")!.GetAttribute("href")!);
        Assert.Contains("cannot undo", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await client.SubmitAsync(confirm, "#withdraw-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(link);
        Assert.Equal("Withdrawn", after.QuerySelector("#status")!.TextContent);
        Assert.Equal("Withdrawn", after.QuerySelectorAll("#timeline strong").Last().TextContent);
        Assert.Null(after.QuerySelector("a.btn-outline-danger"));
        Assert.Contains(Mailbox.For(factory, email), m => m.Subject?.EndsWith(": Withdrawn", StringComparison.Ordinal) == true);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "ApplicationWithdrawn")));
    }

    [Fact]
    public async Task A_decided_application_shows_released_feedback_per_competency_without_assessors()
    {
        const string email = "candidate43@portal.test";
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        var list = await client.GetDocumentAsync("/Candidate/Applications");
        var link = list.QuerySelectorAll("tbody tr").First(r => r.Children[2].TextContent == "Not selected").QuerySelector("a")!.GetAttribute("href")!;

        var details = await client.GetDocumentAsync(link);

        Assert.Equal("Not selected", details.QuerySelector("#status")!.TextContent);
        var feedback = details.QuerySelector("#feedback")!;
        Assert.True(feedback.QuerySelectorAll("tbody tr").Length >= 5);
        Assert.DoesNotContain("assessor", feedback.TextContent, StringComparison.OrdinalIgnoreCase);
        // The HR justification of the decision is internal and never shown to the candidate.
        Assert.DoesNotContain("by the panel secretariat", details.DocumentElement.TextContent, StringComparison.Ordinal);
    }
}
