using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LeadershipPortal.Benchmarks;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Dossiers.Pdf;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class DossierTests(PortalFactory factory)
{
    private const string Hr = "hr@portal.test";

    [Fact]
    public async Task A_candidate_dossier_requested_through_the_form_is_built_by_the_job_server_and_downloads_with_its_sections()
    {
        var target = await ScoredApplicationAsync();
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        var before = await CountRequestsAsync();

        var page = await client.GetDocumentAsync("/Hr/Dossiers");
        var response = await client.SubmitAsync(page, "#request-candidate", new Dictionary<string, string> { ["ApplicationId"] = target.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.Kind == DossierKind.Candidate && r.TargetId == target.Id).MaxAsync(r => r.Id));
        Assert.Equal(before + 1, await CountRequestsAsync());

        // The Hangfire server of the test host builds it; the page's status endpoint reports it.
        var status = await WaitForSettledAsync(client, id);
        Assert.Equal("Ready", status.GetProperty("status").GetString());

        var list = await client.GetDocumentAsync("/Hr/Dossiers");
        Assert.NotNull(list.QuerySelector($"tr[data-dossier-id='{id}'] [data-download]"));
        Assert.Null(list.QuerySelector("script:not([src])"));
        Assert.NotNull(list.QuerySelector("script[src*='/js/dossiers']"));

        var pdf = await DownloadAsync(client, id);
        var words = PdfChecks.Text(pdf);
        foreach (var expected in new[] { "Candidate profile", "Mission fit", "Ratings", "Panel agreement and consensus notes", "Evidence", "Stage history", "CONFIDENTIAL", target.CandidateCode })
        {
            Assert.Contains(expected, words, StringComparison.Ordinal);
        }

        Assert.Contains(target.Name, words, StringComparison.Ordinal);
        foreach (var assessor in target.Assessors)
        {
            Assert.Contains(assessor, words, StringComparison.Ordinal);
        }

        Assert.Contains($"Raw total (panel mean) {target.FirstTotal}", words, StringComparison.Ordinal);
        var pages = PdfChecks.WordsByPage(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", string.Join(" ", pages[i]), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Gender", words, StringComparison.Ordinal);
        await PdfChecks.AssertQpdfAcceptsAsync(pdf);

        var request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), request.Sha256);
        Assert.Equal(pages.Count, request.PageCount);
        Assert.Equal(pdf.LongLength, request.SizeBytes);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "DossierDownloaded" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task A_vacancy_dossier_compares_the_candidates_shows_the_panel_and_a_suppressed_gender_funnel()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Vacancy, target.VacancyId);
        await RunJobAsync(id);

        var pdf = await StoredFileAsync(id);
        var words = PdfChecks.Text(pdf);
        foreach (var expected in new[] { "Ranking", "Comparison by competency", "Panel composition", "Gender balance of this vacancy", "Tie-breakers", "Submitted" })
        {
            Assert.Contains(expected, words, StringComparison.Ordinal);
        }

        // The dossier publishes exactly what the gender-balance pages publish for this vacancy.
        var funnel = (await factory.Services.CreateScope().ServiceProvider.GetRequiredService<GenderFunnelQuery>().ForVacancyAsync(target.VacancyId))!;
        var applied = funnel[ApplicationStage.Submitted];
        Assert.True(applied.Counts.Total > 0);
        Assert.Contains($"Applied {applied.Published.Women.Display} {applied.Published.Men.Display}", words, StringComparison.Ordinal);
        Assert.Equal(funnel.Stages.Any(s => s.Published.Groups.Any(c => c.State == CellState.Small)), words.Contains("<5", StringComparison.Ordinal));
        foreach (var assessor in target.Assessors)
        {
            Assert.Contains(assessor, words, StringComparison.Ordinal);
        }

        using var info = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.StartsWith("Vacancy dossier:", info.Information.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(info.Information.Author));
        Assert.False(string.IsNullOrEmpty(info.Information.Subject));
        Assert.False(string.IsNullOrEmpty(info.Information.CreationDate));
        await PdfChecks.AssertQpdfAcceptsAsync(pdf);
    }

    [Fact]
    public void A_long_evidence_text_wraps_and_breaks_across_pages_with_every_word_present()
    {
        var words = Enumerable.Range(1, 2500).Select(i => $"evidence{i}").ToList();
        var model = DossierModelSamples.Candidate(evidenceText: string.Join(' ', words));
        var rendered = new PdfSharpDossierRenderer().Render(model);

        var pages = PdfChecks.WordsByPage(rendered.Content);
        var found = pages.SelectMany(p => p).Where(w => w.StartsWith("evidence", StringComparison.Ordinal) && w.Length > 8).ToList();
        Assert.Equal(words, found);
        var evidencePages = pages.Count(p => p.Any(w => w.StartsWith("evidence", StringComparison.Ordinal) && w.Length > 8));
        Assert.True(evidencePages >= 3, $"The evidence spans {evidencePages} pages.");
        Assert.Equal(pages.Count, rendered.PageCount);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", string.Join(" ", pages[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_taller_than_a_page_breaks_across_pages_and_repeats_the_header_row()
    {
        var note = string.Join(' ', Enumerable.Range(1, 1500).Select(i => $"consensus{i}"));
        var model = DossierModelSamples.Candidate(evidenceText: "Short.", consensusNote: note);
        var pages = PdfChecks.WordsByPage(new PdfSharpDossierRenderer().Render(model).Content);

        var found = pages.SelectMany(p => p).Where(w => w.StartsWith("consensus", StringComparison.Ordinal) && w.Length > 9).ToList();
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => $"consensus{i}"), found);
        var notePages = pages.Where(p => p.Any(w => w.StartsWith("consensus", StringComparison.Ordinal) && w.Length > 9)).ToList();
        Assert.True(notePages.Count >= 2);
        Assert.All(notePages, p => Assert.Contains("Competency Mean Range Flag Consensus note", string.Join(" ", p), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_job_run_twice_leaves_one_file_and_one_attempt()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);

        await RunJobAsync(id);
        var first = await StoredFileAsync(id);
        await RunJobAsync(id);

        var request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(DossierStatus.Ready, request.Status);
        Assert.Equal(1, request.Attempts);
        Assert.Single(Directory.GetFiles(factory.DossierDirectory, $"dossier-{id:D8}.pdf*"));
        Assert.Equal(first, await StoredFileAsync(id));
    }

    [Fact]
    public async Task A_failing_render_ends_failed_with_its_reason_and_is_left_for_hangfire_to_retry()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunJobAsync(id, new FailingRenderer()));
        Assert.Equal(FailingRenderer.Message, error.Message);

        var request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(DossierStatus.Failed, request.Status);
        Assert.Contains(FailingRenderer.Message, request.FailureReason, StringComparison.Ordinal);
        Assert.Null(request.FileKey);
        Assert.Empty(Directory.GetFiles(factory.DossierDirectory, $"dossier-{id:D8}.pdf*"));

        var retry = typeof(DossierJob).GetMethod(nameof(DossierJob.RunAsync))!.GetCustomAttributes(typeof(Hangfire.AutomaticRetryAttribute), false).Cast<Hangfire.AutomaticRetryAttribute>().Single();
        Assert.Equal(3, retry.Attempts);

        // A retry that succeeds replaces the failure.
        await RunJobAsync(id);
        request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(DossierStatus.Ready, request.Status);
        Assert.Equal(2, request.Attempts);
        Assert.Null(request.FailureReason);
    }

    [Fact]
    public async Task A_request_for_a_vanished_application_fails_once_with_its_reason()
    {
        var id = await NewRequestAsync(DossierKind.Candidate, 987654);
        await RunJobAsync(id);

        var request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(DossierStatus.Failed, request.Status);
        Assert.Equal("The application no longer exists.", request.FailureReason);
    }

    [Fact]
    public async Task Only_hr_and_admin_download_a_dossier()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);
        await RunJobAsync(id);

        foreach (var email in new[] { "candidate1@portal.test", "assessor1@portal.test", "mentor1@portal.test", "hom1@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            var response = await client.GetAsync($"/Dossiers/Download/{id}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var anonymous = await factory.CreatePortalClient().GetAsync($"/Dossiers/Download/{id}");
        Assert.StartsWith("/Identity/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        foreach (var email in new[] { Hr, "admin@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            Assert.Equal(await StoredFileAsync(id), await DownloadAsync(client, id));
        }

        var hr = factory.CreatePortalClient();
        await hr.SignInOrFailAsync(Hr);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync("/Dossiers/Download/99999999")).StatusCode);
    }

    [Fact]
    public async Task The_job_dashboard_is_closed_to_mentors_and_heads_of_mission_too()
    {
        foreach (var email in new[] { "mentor1@portal.test", "hom1@portal.test", "candidate2@portal.test" })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            var response = await client.GetAsync("/hangfire");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/hangfire/jobs/enqueued")).StatusCode);
        }
    }

    [Fact]
    public async Task A_stored_file_altered_on_disk_is_refused_on_download_with_a_clear_message()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);
        await RunJobAsync(id);
        var path = Path.Combine(factory.DossierDirectory, $"dossier-{id:D8}.pdf");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x20;
        await File.WriteAllBytesAsync(path, bytes);

        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        var response = await client.GetAsync($"/Dossiers/Download/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var page = await HtmlPages.ParseAsync(response);
        Assert.Contains("no longer matches the fingerprint", page.QuerySelector("#dossier-problem")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Arrange.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e => e.Action == "DossierTamperDetected" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Requests_for_a_missing_application_or_one_without_a_submitted_assessment_are_refused_and_nothing_is_queued()
    {
        var unscored = await Arrange.QueryAsync(factory, db => db.Applications
            .Where(a => a.Stage != ApplicationStage.Draft && !db.Assessments.Any(s => s.ApplicationId == a.Id && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict))
            .Select(a => new { a.Id, a.CandidateCode }).FirstAsync());
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);

        var cases = new (string Form, string Field, string Value, string Message)[]
        {
            ("#request-candidate", "ApplicationId", "987654", "There is no application 987654."),
            ("#request-candidate", "ApplicationId", unscored.Id.ToString(), $"Application {unscored.CandidateCode} has no submitted assessment yet"),
            ("#request-vacancy", "VacancyId", "987654", "There is no vacancy 987654."),
            ("#request-shortlist", "VacancyId", "987654", "There is no vacancy 987654."),
            ("#request-candidate", "ApplicationId", "", "Choose an application."),
        };
        foreach (var (form, field, value, message) in cases)
        {
            var before = await CountRequestsAsync();
            var page = await client.GetDocumentAsync("/Hr/Dossiers");
            AddOption(page, form, field, value);
            var response = await client.SubmitAsync(page, form, new Dictionary<string, string> { [field] = value });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await HtmlPages.ParseAsync(response);
            Assert.Contains(message, result.QuerySelector("#dossier-errors")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(before, await CountRequestsAsync());
        }
    }

    [Fact]
    public async Task Requesting_all_shortlisted_of_a_vacancy_queues_one_candidate_dossier_each()
    {
        var vacancy = await Arrange.QueryAsync(factory, db => db.Applications
            .Where(a => a.Stage == ApplicationStage.Shortlisted)
            .GroupBy(a => a.VacancyId).Select(g => new { VacancyId = g.Key, Ids = g.Select(a => a.Id).ToList() }).FirstAsync());
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        var since = await Arrange.QueryAsync(factory, db => db.DossierRequests.Select(r => (int?)r.Id).MaxAsync()) ?? 0;

        var page = await client.GetDocumentAsync("/Hr/Dossiers");
        var response = await client.SubmitAsync(page, "#request-shortlist", new Dictionary<string, string> { ["VacancyId"] = vacancy.VacancyId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.Id > since && r.Kind == DossierKind.Candidate).Select(r => r.TargetId).ToListAsync());
        Assert.Equal(vacancy.Ids.Order(), created.Where(vacancy.Ids.Contains).Order());
    }

    [Fact]
    public async Task The_ranking_page_requests_a_vacancy_dossier()
    {
        var target = await ScoredApplicationAsync();
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        var since = await Arrange.QueryAsync(factory, db => db.DossierRequests.Select(r => (int?)r.Id).MaxAsync()) ?? 0;

        var page = await client.GetDocumentAsync($"/Hr/Vacancies/{target.VacancyId}/Ranking");
        var response = await client.SubmitAsync(page, "#dossier-buttons form:first-child");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await Arrange.QueryAsync(factory, db => db.DossierRequests.AnyAsync(r => r.Id > since && r.Kind == DossierKind.Vacancy && r.TargetId == target.VacancyId)));
    }

    [Fact]
    public async Task A_queued_request_can_be_cancelled_and_its_job_then_does_nothing_and_it_can_be_regenerated()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);

        var page = await client.GetDocumentAsync("/Hr/Dossiers");
        Assert.False(page.QuerySelector($"tr[data-dossier-id='{id}'] form[data-cancel]")!.HasAttribute("hidden"));
        var response = await client.SubmitAsync(page, $"tr[data-dossier-id='{id}'] form[data-cancel]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await RunJobAsync(id);

        var request = await Arrange.QueryAsync(factory, db => db.DossierRequests.SingleAsync(r => r.Id == id));
        Assert.Equal(DossierStatus.Cancelled, request.Status);
        Assert.Equal(0, request.Attempts);
        Assert.Empty(Directory.GetFiles(factory.DossierDirectory, $"dossier-{id:D8}.pdf*"));

        // Cancelling again is refused with a message; regenerating makes a new request for the same application.
        page = await client.GetDocumentAsync("/Hr/Dossiers");
        Assert.True(page.QuerySelector($"tr[data-dossier-id='{id}'] form[data-cancel]")!.HasAttribute("hidden"));
        await client.SubmitAsync(page, $"tr[data-dossier-id='{id}'] form[data-cancel]");
        var after = await client.GetDocumentAsync("/Hr/Dossiers");
        Assert.Contains("Only a queued dossier can be cancelled.", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        response = await client.SubmitAsync(after, $"tr[data-dossier-id='{id}'] form[data-regenerate]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await Arrange.QueryAsync(factory, db => db.DossierRequests.AnyAsync(r => r.Id > id && r.Kind == DossierKind.Candidate && r.TargetId == target.Id)));
    }

    [Fact]
    public async Task Requests_left_queued_or_running_are_enqueued_again_at_start_up_and_then_built()
    {
        var target = await ScoredApplicationAsync();
        var queued = await NewRequestAsync(DossierKind.Candidate, target.Id);
        var running = await NewRequestAsync(DossierKind.Vacancy, target.VacancyId);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            (await db.DossierRequests.SingleAsync(r => r.Id == running)).Start(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var requeued = await factory.Services.GetRequiredService<DossierRequeue>().RequeueAsync();

        Assert.Contains(queued, requeued);
        Assert.Contains(running, requeued);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        Assert.Equal("Ready", (await WaitForSettledAsync(client, queued)).GetProperty("status").GetString());
        Assert.Equal("Ready", (await WaitForSettledAsync(client, running)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_verify_page_recognises_an_issued_dossier_by_upload_or_hash_and_not_an_altered_copy()
    {
        var target = await ScoredApplicationAsync();
        var id = await NewRequestAsync(DossierKind.Candidate, target.Id);
        await RunJobAsync(id);
        var pdf = await StoredFileAsync(id);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);

        var page = await client.GetDocumentAsync("/Hr/Dossiers/Verify");
        var byHash = await HtmlPages.ParseAsync(await client.SubmitAsync(page, "#verify-form", new Dictionary<string, string> { ["Sha256"] = Convert.ToHexString(SHA256.HashData(pdf)) }));
        var result = byHash.QuerySelector("#verify-result")!;
        Assert.Equal("true", result.GetAttribute("data-verified"));
        Assert.Contains(target.Name, result.TextContent, StringComparison.Ordinal);
        Assert.Contains($"request #{id}", result.TextContent, StringComparison.Ordinal);

        foreach (var (content, expected) in new[] { (pdf, "true"), (pdf.Concat("x"u8.ToArray()).ToArray(), "false") })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(((IHtmlInputElement)page.QuerySelector("#verify-form input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
                { new ByteArrayContent(content), "Upload", "copy.pdf" },
            };
            var uploaded = await HtmlPages.ParseAsync(await client.PostAsync("/Hr/Dossiers/Verify", form));
            Assert.Equal(expected, uploaded.QuerySelector("#verify-result")!.GetAttribute("data-verified"));
        }

        var malformed = await HtmlPages.ParseAsync(await client.SubmitAsync(page, "#verify-form", new Dictionary<string, string> { ["Sha256"] = "not-a-hash" }));
        Assert.Null(malformed.QuerySelector("#verify-result"));
        Assert.Contains("64 characters", malformed.QuerySelector("#verify-form .alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    private static void AddOption(IHtmlDocument page, string form, string field, string value)
    {
        if (page.QuerySelector($"{form} select[name={field}]") is IHtmlSelectElement select && value.Length > 0 && select.Options.All(o => o.Value != value))
        {
            var option = (IHtmlOptionElement)page.CreateElement("option");
            option.Value = value;
            select.AddOption(option);
        }
    }

    private sealed record ScoredApplication(int Id, int VacancyId, string CandidateCode, string Name, IReadOnlyList<string> Assessors, string FirstTotal);

    /// <summary>A seeded application whose panel submitted ratings; read only (its stage is never moved here).</summary>
    private async Task<ScoredApplication> ScoredApplicationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var app = await db.Applications
            .Where(a => db.Assessments.Count(s => s.ApplicationId == a.Id && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict) >= 2)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.VacancyId, a.CandidateCode, Name = db.Candidates.Where(c => c.Id == a.CandidateId).Select(c => c.FullName).Single() })
            .FirstAsync();
        var assessors = await db.Assessments.Where(s => s.ApplicationId == app.Id && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict)
            .Join(db.Users, s => s.AssessorId, u => u.Id, (s, u) => u.DisplayName).Distinct().ToListAsync();
        var ranking = await scope.ServiceProvider.GetRequiredService<LeadershipPortal.Web.Features.Selection.RankingService>().LoadAsync(app.VacancyId, null);
        var raw = ranking!.Rows.Single(r => r.ApplicationId == app.Id).Raw!.Value;
        return new ScoredApplication(app.Id, app.VacancyId, app.CandidateCode, app.Name, assessors, raw.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A request row saved without enqueuing, so that the test runs its job itself, deterministically.</summary>
    private async Task<int> NewRequestAsync(DossierKind kind, int targetId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var hr = await db.Users.Where(u => u.Email == Hr).Select(u => u.Id).SingleAsync();
        var request = new DossierRequest(kind, targetId, hr, DateTime.UtcNow);
        db.DossierRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private async Task RunJobAsync(int id, IDossierRenderer? renderer = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var job = renderer is null
            ? scope.ServiceProvider.GetRequiredService<DossierJob>()
            : ActivatorUtilities.CreateInstance<DossierJob>(scope.ServiceProvider, renderer);
        await job.RunAsync(id, CancellationToken.None);
    }

    private Task<byte[]> StoredFileAsync(int id) => File.ReadAllBytesAsync(Path.Combine(factory.DossierDirectory, $"dossier-{id:D8}.pdf"));

    private Task<int> CountRequestsAsync() => Arrange.QueryAsync(factory, db => db.DossierRequests.CountAsync());

    internal static async Task<byte[]> DownloadAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/Dossiers/Download/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Polls the page's JSON status endpoint (bounded: at most 60 seconds) until the request is settled.</summary>
    internal static async Task<JsonElement> WaitForSettledAsync(HttpClient client, int id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var json = await client.GetStringAsync($"/Hr/Dossiers?handler=Status&ids={id}");
            var item = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
            if (item.GetProperty("settled").GetBoolean())
            {
                return item;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Dossier request {id} is still {item.GetProperty("status").GetString()} after 60 seconds.");
            await Task.Delay(100);
        }
    }

    private sealed class FailingRenderer : IDossierRenderer
    {
        public const string Message = "Injected rendering failure.";

        public RenderedPdf Render(DossierModel model) => throw new InvalidOperationException(Message);
    }
}
