using System.Net;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class AssessmentTests(PortalFactory factory)
{
    private const string Vacancy = "MONUSCO-DHOM-2026";

    [Fact]
    public async Task An_assessor_declares_first_then_scores_blind_with_evidence_and_submits_a_locked_assessment()
    {
        var (applicationId, candidateName) = await NewApplicationAtAssessmentAsync();
        var client = await SignInAsync("assessor1@portal.test");

        // Nothing of the application opens before the declaration.
        var declare = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Assert.NotNull(declare.QuerySelector("#declare-form"));
        Assert.Null(declare.QuerySelector("#scoring-form"));
        var values = new Dictionary<string, string>();
        if (declare.QuerySelector("#likely-conflicts") is not null)
        {
            values["Reason"] = "We share a nationality but have never worked together.";
        }

        Check(declare, "declaration-none");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(declare, "#declare-form", values)).StatusCode);

        var page = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        var html = page.DocumentElement.OuterHtml;
        Assert.NotNull(page.QuerySelector("#blind-note"));
        Assert.DoesNotContain(candidateName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gender", html, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#others"));

        var competencies = page.QuerySelectorAll("#scoring-form fieldset[id^='competency-']").Select(f => int.Parse(f.Id!["competency-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(competencies.Count >= 5);

        // A rating without evidence, and a submission with competencies unrated, are refused field by field.
        Check(page, $"rating-{competencies[0]}-4");
        var refused = await client.SubmitAsync(page, "#scoring-form", null, "button[formaction*='handler=Submit']");
        var refusedPage = await HtmlPages.ParseAsync(refused);
        Assert.Equal("Give the evidence for this rating.", refusedPage.QuerySelector($"[data-valmsg-for='{AssessorWork.EvidenceField(competencies[0])}']")!.TextContent);
        Assert.Equal(0, await RatingCountAsync(applicationId, "assessor1@portal.test"));

        var evidence = competencies.ToDictionary(id => $"Ratings[{id}].Evidence", id => $"Evidence for competency {id}: the statement shows a concrete result.");
        foreach (var id in competencies)
        {
            Check(page, $"rating-{id}-{(id % 5) + 1}");
        }

        var submitted = await client.SubmitAsync(page, "#scoring-form", evidence, "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var locked = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Assert.Null(locked.QuerySelector("button[formaction*='handler=Submit']"));
        Assert.All(locked.QuerySelectorAll("#scoring-form input[type=radio]"), r => Assert.True(r.HasAttribute("disabled")));
        Assert.NotNull(locked.QuerySelector("#others"));
        Assert.Equal(competencies.Count, await RatingCountAsync(applicationId, "assessor1@portal.test"));
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "RatingsSubmitted" && e.EntityId == applicationId.ToString())));
    }

    [Fact]
    public async Task Other_ratings_appear_only_after_submitting_and_identity_opens_when_the_whole_panel_has_submitted()
    {
        var (applicationId, candidateName) = await NewApplicationAtAssessmentAsync();
        var panel = new[] { "assessor1@portal.test", "assessor3@portal.test" };
        foreach (var assessor in panel)
        {
            await ScoreThroughServiceAsync(assessor, applicationId, submit: true);
        }

        var client = await SignInAsync("assessor2@portal.test");
        await ScoreThroughServiceAsync("assessor2@portal.test", applicationId, submit: false);

        var draft = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Assert.Null(draft.QuerySelector("#others"));
        Assert.Null(draft.QuerySelector("#identity"));

        var submitted = await client.SubmitAsync(draft, "#scoring-form", null, "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var after = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Assert.True(after.QuerySelectorAll("#others thead th").Length >= 3, "Both other assessors' columns are shown.");
        Assert.Contains(candidateName, after.QuerySelector("#identity")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "IdentityRevealed" && e.EntityId == applicationId.ToString())));
    }

    [Fact]
    public async Task A_flagged_likely_conflict_needs_a_reason_to_continue()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        await Arrange.QueryAsync(factory, async db =>
        {
            var nationality = await db.Applications.Where(a => a.Id == applicationId)
                .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => c.NationalityId).SingleAsync();
            var assessor = await db.Users.SingleAsync(u => u.Email == "assessor3@portal.test");
            assessor.NationalityId = nationality;
            return await db.SaveChangesAsync();
        });
        var client = await SignInAsync("assessor3@portal.test");

        var declare = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Assert.Contains("You share the candidate's nationality.", declare.QuerySelector("#likely-conflicts")!.TextContent, StringComparison.Ordinal);
        Check(declare, "declaration-none");
        var refused = await client.SubmitAsync(declare, "#declare-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("reason to continue", (await HtmlPages.ParseAsync(refused)).QuerySelector("[data-valmsg-for='Reason']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Assessments.AnyAsync(a => a.ApplicationId == applicationId && db.Users.Any(u => u.Id == a.AssessorId && u.Email == "assessor3@portal.test"))));
    }

    [Fact]
    public async Task Recusing_hides_the_application_from_the_assessor_and_is_audited()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        var client = await SignInAsync("assessor3@portal.test");
        var declare = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        Check(declare, "declaration-conflict");

        var response = await client.SubmitAsync(declare, "#declare-form", new Dictionary<string, string> { ["Reason"] = "I supervised the candidate in 2019." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Assess/Application/{applicationId}")).StatusCode);
        var queue = await client.GetDocumentAsync("/Assess");
        Assert.DoesNotContain(queue.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Assess/Application/{applicationId}");
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "AssessorRecused" && e.EntityId == applicationId.ToString())));
    }

    [Fact]
    public async Task Guessed_ids_reveal_nothing_to_assessors_off_the_panel_or_at_unscored_stages()
    {
        var (applicationId, candidateName) = await NewApplicationAtAssessmentAsync();
        var submittedId = await Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Stage == ApplicationStage.Submitted).Select(a => a.Id).FirstAsync());

        var outsider = await SignInAsync("assessor4@portal.test");
        var response = await outsider.GetAsync($"/Assess/Application/{applicationId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(candidateName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var member = await SignInAsync("assessor1@portal.test");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/Assess/Application/{submittedId}")).StatusCode);

        var candidate = factory.CreatePortalClient();
        await candidate.SignInOrFailAsync("candidate1@portal.test");
        var denied = await candidate.GetAsync($"/Assess/Application/{applicationId}");
        Assert.StartsWith("/Identity/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_older_than_the_saved_assessment_is_refused_and_loses_nothing()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        await ScoreThroughServiceAsync("assessor2@portal.test", applicationId, submit: false);
        var client = await SignInAsync("assessor2@portal.test");
        var firstTab = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        var secondTab = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        var competency = int.Parse(secondTab.QuerySelector("#scoring-form fieldset")!.Id!["competency-".Length..], System.Globalization.CultureInfo.InvariantCulture);

        Check(secondTab, $"rating-{competency}-2");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(secondTab, "#scoring-form", new Dictionary<string, string> { [$"Ratings[{competency}].Evidence"] = "Second tab's evidence." }, "button[formaction*='handler=Save']")).StatusCode);
        Check(firstTab, $"rating-{competency}-5");
        var stale = await client.SubmitAsync(firstTab, "#scoring-form", new Dictionary<string, string> { [$"Ratings[{competency}].Evidence"] = "First tab's evidence." }, "button[formaction*='handler=Save']");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed since you opened it", (await HtmlPages.ParseAsync(stale)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var saved = await Arrange.QueryAsync(factory, db => db.Ratings.Where(r => r.CompetencyId == competency && db.Assessments.Any(a => a.Id == r.AssessmentId && a.ApplicationId == applicationId && db.Users.Any(u => u.Id == a.AssessorId && u.Email == "assessor2@portal.test"))).Select(r => new { r.Rating, r.Evidence }).SingleAsync());
        Assert.Equal(2, saved.Rating);
        Assert.Equal("Second tab's evidence.", saved.Evidence);
    }

    [Fact]
    public async Task Two_assessors_submitting_at_once_both_keep_their_scores()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        foreach (var a in new[] { "assessor1@portal.test", "assessor2@portal.test", "assessor3@portal.test" })
        {
            await ScoreThroughServiceAsync(a, applicationId, submit: false, declareOnly: true);
        }

        await Task.WhenAll(new[] { "assessor1@portal.test", "assessor2@portal.test" }.Select(a => ScoreThroughServiceAsync(a, applicationId, submit: true, alreadyDeclared: true)));

        var submitted = await Arrange.QueryAsync(factory, db => db.Assessments.CountAsync(a => a.ApplicationId == applicationId && a.SubmittedAtUtc != null && a.Stage == ApplicationStage.Assessment));
        Assert.Equal(2, submitted);
    }

    [Fact]
    public async Task Ratings_sent_after_hr_moved_the_application_on_are_refused_with_a_reason_and_the_move_stands()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        await ScoreThroughServiceAsync("assessor1@portal.test", applicationId, submit: false);
        var client = await SignInAsync("assessor1@portal.test");
        var form = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");

        await Arrange.QueryAsync(factory, async db =>
        {
            var application = await db.Applications.Include(a => a.History).SingleAsync(a => a.Id == applicationId);
            var hr = await db.Users.Where(u => u.Email == "hr@portal.test").Select(u => u.Id).SingleAsync();
            application.MoveTo(ApplicationStage.Interview, "Moved while the assessor was scoring.", hr, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var response = await client.SubmitAsync(form, "#scoring-form", null, "button[formaction*='handler=Submit']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("moved from Assessment to Interview while you were scoring", (await HtmlPages.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApplicationStage.Interview, await Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Stage).SingleAsync()));
        Assert.False(await Arrange.QueryAsync(factory, db => db.Assessments.AnyAsync(a => a.ApplicationId == applicationId && a.SubmittedAtUtc != null)));
    }

    [Fact]
    public async Task A_rating_outside_one_to_five_is_refused_and_nothing_is_saved()
    {
        var (applicationId, _) = await NewApplicationAtAssessmentAsync();
        await ScoreThroughServiceAsync("assessor3@portal.test", applicationId, submit: false, declareOnly: true);
        var client = await SignInAsync("assessor3@portal.test");
        var form = await client.GetDocumentAsync($"/Assess/Application/{applicationId}");
        var radio = (AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#scoring-form input[type=radio]")!;
        radio.Value = "6";
        radio.IsChecked = true;
        var competency = radio.Name!["Ratings[".Length..radio.Name!.IndexOf(']', StringComparison.Ordinal)];

        var response = await client.SubmitAsync(form, "#scoring-form", new Dictionary<string, string> { [$"Ratings[{competency}].Evidence"] = "Crafted." }, "button[formaction*='handler=Save']");

        var page = await HtmlPages.ParseAsync(response);
        Assert.Equal("A rating is from 1 (Unsatisfactory) to 5 (Outstanding).", page.QuerySelector($"[data-valmsg-for='Ratings[{competency}].Rating']")!.TextContent);
        Assert.Equal(0, await RatingCountAsync(applicationId, "assessor3@portal.test"));
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>
    /// A fresh application to the vacancy, brought to the Assessment stage as HR would, for a candidate who had
    /// not applied; each test gets its own so tests never depend on one another.
    /// </summary>
    private async Task<(int Id, string CandidateName)> NewApplicationAtAssessmentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var vacancy = await db.Vacancies.Include(v => v.Competencies).SingleAsync(v => v.Key == Vacancy);
        var candidate = await db.Candidates
            .Where(c => c.UserId != null && !db.Applications.Any(a => a.VacancyId == vacancy.Id && a.CandidateId == c.Id))
            .OrderBy(c => c.Id).FirstAsync();
        var hr = await db.Users.Where(u => u.Email == "hr@portal.test").Select(u => u.Id).SingleAsync();
        var at = vacancy.ClosesAtUtc.AddDays(-2);
        var application = new CandidateApplication(vacancy.Id, candidate.Id, at.AddDays(-1));
        application.WriteStatement("A vision written for the test.");
        foreach (var c in vacancy.Competencies)
        {
            application.WriteCompetencyStatement(c.CompetencyId, "Situation, action and result written for the test.");
        }

        application.Submit(at, vacancy.ClosesAtUtc, candidate.UserId!, vacancy.Competencies.Select(c => c.CompetencyId).ToList());
        application.MoveTo(ApplicationStage.Screening, "Screened in for the test.", hr, at.AddDays(3));
        application.MoveTo(ApplicationStage.Assessment, "Moved to assessment for the test.", hr, at.AddDays(4));
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return (application.Id, candidate.FullName);
    }

    private async Task ScoreThroughServiceAsync(string assessorEmail, int applicationId, bool submit, bool declareOnly = false, bool alreadyDeclared = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var work = scope.ServiceProvider.GetRequiredService<AssessorWork>();
        var assessorId = await db.Users.Where(u => u.Email == assessorEmail).Select(u => u.Id).SingleAsync();
        var existing = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.AssessorId == assessorId && a.Stage == ApplicationStage.Assessment);
        if (existing is null && !alreadyDeclared)
        {
            await work.DeclareAsync(assessorId, applicationId, hasConflict: false, "Declared in a test arrangement.");
        }

        if (declareOnly || existing?.SubmittedAtUtc is not null)
        {
            return;
        }

        var page = (await work.LoadAsync(assessorId, applicationId))!;
        var ratings = page.Competencies.ToDictionary(c => c.CompetencyId, c => new RatingInput(3, "Evidence from the test arrangement."));
        var errors = await work.SaveAsync(assessorId, applicationId, page.Stage, page.Version, ratings, submit);
        Assert.Empty(errors);
    }

    private Task<int> RatingCountAsync(int applicationId, string assessorEmail) =>
        Arrange.QueryAsync(factory, db => db.Ratings.CountAsync(r => db.Assessments.Any(a => a.Id == r.AssessmentId && a.ApplicationId == applicationId && db.Users.Any(u => u.Id == a.AssessorId && u.Email == assessorEmail))));

    private static void Check(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById(id)!).IsChecked = true;
}
