using System.Net;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

/// <summary>HR and the panel take a vacancy from creation to an appointment, through the real forms.</summary>
[Collection(PortalCollection.Name)]
public sealed class SelectionJourneyTests(PortalFactory factory)
{
    private static readonly string[] Panel = ["assessor1@portal.test", "assessor2@portal.test", "assessor3@portal.test"];

    [Fact]
    public async Task From_a_new_vacancy_to_an_appointment_with_panel_scores_a_consensus_note_and_released_feedback()
    {
        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync("hr@portal.test");
        var vacancyId = await CreatePublishedVacancyWithPanelAsync(factory, hr, "JOURNEY-COS-2027", "Chief of Staff (journey)", Panel);
        var first = await ApplyAsync("candidate33@portal.test", vacancyId);
        var second = await ApplyAsync("candidate36@portal.test", vacancyId);

        // A move without a justification is refused and changes nothing.
        var ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        Select(ranking, first, second);
        var refused = await hr.SubmitAsync(ranking, "#move-form", new Dictionary<string, string> { ["MoveTo"] = "Screening" });
        Assert.Contains("Write a justification", (await HtmlPages.ParseAsync(refused)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApplicationStage.Submitted, await StageAsync(first));

        await MoveAsync(hr, vacancyId, "Screening", "Both meet the published requirements.", first, second);
        await MoveAsync(hr, vacancyId, "Assessment", "Screened in by the panel secretariat.", first, second);

        // The panel scores: the first candidate strongly, with one competency two points apart.
        await ScoreAsync(first, [4, 4, 4], disagreeOnFirstCompetency: true);
        await ScoreAsync(second, [3, 3, 2], disagreeOnFirstCompetency: false);

        ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        var rows = ranking.QuerySelectorAll("#ranking tbody tr").ToList();
        Assert.Equal(first.ToString(), rows[0].GetAttribute("data-application"));
        Assert.Equal("1", rows[0].Children[1].TextContent);
        Assert.NotNull(rows[0].QuerySelector(".disagreement"));

        await MoveAsync(hr, vacancyId, "Interview", "Invited to interview.", first, second);
        ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        Select(ranking, first);
        var blocked = await hr.SubmitAsync(ranking, "#move-form", new Dictionary<string, string> { ["MoveTo"] = "Shortlisted", ["Justification"] = "Strongest interview." });
        Assert.Contains("consensus note", (await HtmlPages.ParseAsync(blocked)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        // The disagreement is resolved from its row: the link opens that application's panel above the table.
        ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        Assert.Null(ranking.QuerySelector("#application"));
        Assert.Empty(ranking.QuerySelectorAll(".consensus-form"));
        Assert.Null((await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking?open=987654")).QuerySelector("#application"));
        var opened = await hr.GetDocumentAsync(Row(ranking, first).QuerySelector("a.resolve-link")!.GetAttribute("href")!);
        Assert.Single(opened.QuerySelectorAll("#application .consensus-form"));
        var empty = await HtmlPages.ParseAsync(await hr.SubmitAsync(opened, ".consensus-form", new Dictionary<string, string> { ["Note"] = " " }));
        Assert.NotNull(empty.QuerySelector(".alert-danger"));
        Assert.NotNull(empty.QuerySelector("#application .consensus-form"));
        var note = await hr.SubmitAsync(opened, ".consensus-form", new Dictionary<string, string> { ["Note"] = "The panel agreed on 4 after discussing the evidence." });
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains($"open={first}", note.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Back on the open panel: nothing left to resolve, and the row no longer offers it.
        ranking = await hr.GetDocumentAsync(note.Headers.Location.OriginalString);
        Assert.Contains("consensus note is recorded", ranking.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ranking.QuerySelector("#application"));
        Assert.Empty(ranking.QuerySelectorAll("#application form"));
        Assert.Null(Row(ranking, first).QuerySelector(".disagreement"));
        Assert.Null(Row(ranking, first).QuerySelector("a.resolve-link"));

        await MoveAsync(hr, vacancyId, "Shortlisted", "Strongest interview.", first);
        await MoveAsync(hr, vacancyId, "Recommended", "Recommended to the Secretary-General.", first);
        await MoveAsync(hr, vacancyId, "Appointed", "Appointed.", first);
        await MoveAsync(hr, vacancyId, "NotSelected", "A strong candidate for a future post.", new Dictionary<string, string> { ["SuitableWithReadiness"] = "ReadyNow" }, second);

        // Both decisions are final; the second candidate's is released from its row with feedback.
        ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        Assert.NotNull(Row(ranking, first).QuerySelector("a.resolve-link"));
        var release = await hr.GetDocumentAsync(Row(ranking, second).QuerySelector("a.resolve-link")!.GetAttribute("href")!);
        Assert.Equal(second.ToString(), release.QuerySelector("#application .release-form input[name=ApplicationId]")!.GetAttribute("value"));
        var released = await hr.SubmitAsync(release, "#application .release-form", new Dictionary<string, string> { ["Note"] = "Thank you; the panel would welcome you in a future selection." });
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        ranking = await hr.GetDocumentAsync(released.Headers.Location!.OriginalString);
        Assert.Empty(ranking.QuerySelectorAll("#application form"));
        Assert.Null(Row(ranking, second).QuerySelector("a.resolve-link"));

        var roster = await hr.GetDocumentAsync("/Hr/Roster?Readiness=ReadyNow");
        var secondName = await Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Id == second).Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => c.FullName).SingleAsync());
        Assert.Contains(secondName, roster.QuerySelector("#roster")!.TextContent, StringComparison.Ordinal);

        var candidate = factory.CreatePortalClient();
        await candidate.SignInOrFailAsync("candidate36@portal.test");
        var details = await candidate.GetDocumentAsync($"/Candidate/Applications/{second}");
        Assert.Contains("welcome you in a future selection", details.QuerySelector("#feedback")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApplicationStage.Appointed, await StageAsync(first));

        // Candidates hear of each change of the status they see, not of internal steps.
        var subjects = Mailbox.For(factory, "candidate33@portal.test").Select(m => m.Subject!).Where(s => s.Contains("Chief of Staff (journey)", StringComparison.Ordinal)).ToList();
        Assert.Contains(subjects, s => s.EndsWith(": Under assessment", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.EndsWith(": Appointed", StringComparison.Ordinal));
        Assert.Single(subjects, s => s.EndsWith(": Shortlisted", StringComparison.Ordinal));
        Assert.Contains(Mailbox.For(factory, "candidate36@portal.test"), m => m.Subject!.StartsWith("Feedback on your application", StringComparison.Ordinal));
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "ConsensusRecorded" && e.EntityId == first.ToString())));
    }

    /// <summary>HR creates a Chief of Staff vacancy through the form, publishes it and seats the panel.</summary>
    internal static async Task<int> CreatePublishedVacancyWithPanelAsync(PortalFactory factory, HttpClient hr, string key, string title, IReadOnlyList<string> panel)
    {
        var form = await hr.GetDocumentAsync("/Hr/Vacancies/Edit");
        var weights = form.QuerySelectorAll("input[name$='].Weight']").Select(i => i.GetAttribute("name")!).Take(3).ToList();
        var select = (AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#Input_PositionTypeId")!;
        select.Value = select.Options.First(o => o.Text.StartsWith("Chief of Staff", StringComparison.Ordinal)).Value;
        var saved = await hr.SubmitAsync(form, "#vacancy-form", new Dictionary<string, string>
        {
            ["Input.Key"] = key,
            ["Input.Title"] = title,
            ["Input.Grade"] = "D2",
            [weights[0]] = "50",
            [weights[1]] = "30",
            [weights[2]] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = saved.Headers.Location!.OriginalString;
        var page = await hr.GetDocumentAsync(details);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(page, "form[action*='handler=Publish']")).StatusCode);
        foreach (var email in panel)
        {
            page = await hr.GetDocumentAsync(details);
            var assessor = (AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#AssessorId")!;
            var name = await Arrange.QueryAsync(factory, db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync());
            assessor.Value = assessor.Options.First(o => o.Text.StartsWith(name, StringComparison.Ordinal)).Value;
            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(page, "#assign-form")).StatusCode);
        }

        return await Arrange.VacancyIdAsync(factory, key);
    }

    private async Task<int> ApplyAsync(string email, int vacancyId)
    {
        await Arrange.GiveCvAsync(factory, email);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var competencies = await db.Vacancies.Where(v => v.Id == vacancyId).SelectMany(v => v.Competencies.Select(c => c.CompetencyId)).ToListAsync();
        var result = await scope.ServiceProvider.GetRequiredService<CandidateApplications>().SubmitAsync(
            userId, vacancyId, new ApplicationTexts("My vision for the mission.", competencies.ToDictionary(id => id, _ => (string?)"Situation, action, result.")));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return result.ApplicationId!.Value;
    }

    private async Task ScoreAsync(int applicationId, int[] ratingPerAssessor, bool disagreeOnFirstCompetency)
    {
        for (var i = 0; i < Panel.Length; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var work = scope.ServiceProvider.GetRequiredService<AssessorWork>();
            var assessorId = await db.Users.Where(u => u.Email == Panel[i]).Select(u => u.Id).SingleAsync();
            await work.DeclareAsync(assessorId, applicationId, hasConflict: false, "No ties to the candidate.");
            var page = (await work.LoadAsync(assessorId, applicationId))!;
            var ratings = page.Competencies.Select((c, index) => (c.CompetencyId, Rating: disagreeOnFirstCompetency && index == 0 && i == 2 ? ratingPerAssessor[i] - 2 : ratingPerAssessor[i]))
                .ToDictionary(r => r.CompetencyId, r => new RatingInput(r.Rating, "Evidence from the interview notes."));
            Assert.Empty(await work.SaveAsync(assessorId, applicationId, page.Stage, page.Version, ratings, submit: true));
        }
    }

    internal static async Task MoveAsync(HttpClient hr, int vacancyId, string stage, string justification, params int[] applications) =>
        await MoveAsync(hr, vacancyId, stage, justification, new Dictionary<string, string>(), applications);

    private static async Task MoveAsync(HttpClient hr, int vacancyId, string stage, string justification, Dictionary<string, string> extra, params int[] applications)
    {
        var ranking = await hr.GetDocumentAsync($"/Hr/Vacancies/{vacancyId}/Ranking");
        Select(ranking, applications);
        extra["MoveTo"] = stage;
        extra["Justification"] = justification;
        var response = await hr.SubmitAsync(ranking, "#move-form", extra);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await HtmlPages.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent);
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument ranking, int application) =>
        ranking.QuerySelector($"#ranking tbody tr[data-application='{application}']")!;

    private static void Select(AngleSharp.Html.Dom.IHtmlDocument ranking, params int[] applications)
    {
        foreach (var box in ranking.QuerySelectorAll("#move-form input[name=Selected]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            box.IsChecked = applications.Contains(int.Parse(box.Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private Task<ApplicationStage> StageAsync(int applicationId) =>
        Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Stage).SingleAsync());
}
