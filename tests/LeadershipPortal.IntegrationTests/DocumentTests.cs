using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class DocumentTests(PortalFactory factory)
{
    private const string DocumentsPage = "/Candidate/Documents";

    public static TheoryData<string, string> RefusedUploads => new()
    {
        { "text named cv.pdf", CandidateDocuments.NotPdfMessage },
        { "executable renamed .pdf", CandidateDocuments.NotPdfMessage },
        { "empty file", CandidateDocuments.EmptyMessage },
        { "10 MB and 1 byte", CandidateDocuments.TooLargeMessage },
        { "no file chosen", "Choose a PDF file to upload." },
    };

    [Fact]
    public async Task A_valid_pdf_is_listed_and_downloads_unchanged_as_an_attachment_from_a_random_name_on_disk()
    {
        var client = await SignedInAsync("candidate5@portal.test");
        var bytes = Pdf("first CV");

        var response = await UploadAsync(client, DocumentKind.Cv, "My CV 2026.pdf", bytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(DocumentsPage);
        var slot = page.QuerySelector("#slot-Cv")!;
        Assert.Contains("Curriculum vitae (CV) uploaded.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My CV 2026.pdf", slot.QuerySelector("a.document-link")!.TextContent);
        Assert.Equal(Sha256(bytes), slot.QuerySelector("code.sha256")!.TextContent);

        var download = await client.GetAsync(slot.QuerySelector("a.document-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("My CV 2026.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        var document = Assert.Single(await DocumentsOfAsync("candidate5@portal.test"));
        Assert.Matches("^[0-9a-f]{32}$", document.StoredName);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(factory.DocumentDirectory, document.StoredName)));
        Assert.DoesNotContain(Directory.GetFiles(factory.DocumentDirectory, "*", SearchOption.AllDirectories), f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));

        var audited = await LastAuditEventAsync(document.Id);
        Assert.Equal("DocumentUploaded", audited.Action);
        Assert.DoesNotContain("My CV", audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_again_replaces_the_document_and_removes_the_old_file()
    {
        var client = await SignedInAsync("candidate6@portal.test");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, DocumentKind.Cv, "old.pdf", Pdf("old"))).StatusCode);
        var old = Assert.Single(await DocumentsOfAsync("candidate6@portal.test"));
        var newer = Pdf("newer");

        var response = await UploadAsync(client, DocumentKind.Cv, "new.pdf", newer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = Assert.Single(await DocumentsOfAsync("candidate6@portal.test"));
        Assert.Equal("new.pdf", current.OriginalFileName);
        Assert.False(File.Exists(Path.Combine(factory.DocumentDirectory, old.StoredName)), "The replaced file is deleted.");
        Assert.True(File.Exists(Path.Combine(factory.DocumentDirectory, current.StoredName)));
        Assert.Equal(newer, await client.GetByteArrayAsync($"/Documents/{current.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Documents/{old.Id}")).StatusCode);
        var page = await client.GetDocumentAsync(DocumentsPage);
        Assert.Equal(Sha256(newer), page.QuerySelector("#slot-Cv code.sha256")!.TextContent);
        Assert.Equal("DocumentReplaced", (await LastAuditEventAsync(current.Id)).Action);
    }

    [Fact]
    public async Task Deleting_a_document_removes_it_from_the_page_the_disk_and_the_database()
    {
        var client = await SignedInAsync("candidate7@portal.test");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, DocumentKind.NominationLetter, "letter.pdf", Pdf("letter"))).StatusCode);
        var document = Assert.Single(await DocumentsOfAsync("candidate7@portal.test"));
        var page = await client.GetDocumentAsync(DocumentsPage);
        var form = page.QuerySelector("#slot-NominationLetter form[action*='handler=Delete']")!;
        Assert.False(string.IsNullOrWhiteSpace(form.GetAttribute("data-confirm")), "Deleting asks for confirmation.");

        var response = await client.SubmitAsync(page, "#slot-NominationLetter form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await client.GetDocumentAsync(DocumentsPage);
        Assert.Null(page.QuerySelector("#slot-NominationLetter a.document-link"));
        Assert.Contains("Not uploaded yet.", page.QuerySelector("#slot-NominationLetter")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DocumentsOfAsync("candidate7@portal.test"));
        Assert.False(File.Exists(Path.Combine(factory.DocumentDirectory, document.StoredName)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Documents/{document.Id}")).StatusCode);
        Assert.Equal("DocumentDeleted", (await LastAuditEventAsync(document.Id)).Action);
    }

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task A_refused_upload_shows_the_reason_at_the_field_and_stores_nothing(string upload, string message)
    {
        var client = await SignedInAsync("candidate8@portal.test");
        var filesBefore = StoredFiles();
        var rowsBefore = await CountDocumentsAsync();
        var (fileName, bytes) = upload switch
        {
            "text named cv.pdf" => ("cv.pdf", Encoding.UTF8.GetBytes("This is my CV, written as plain text.")),
            "executable renamed .pdf" => ("setup.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
            "empty file" => ("cv.pdf", []),
            "10 MB and 1 byte" => ("cv.pdf", Pdf("big", (int)CandidateDocument.MaxSizeBytes + 1)),
            _ => ((string?)null, (byte[]?)null),
        };

        var response = await UploadAsync(client, DocumentKind.Cv, fileName, bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        var fieldMessage = page.QuerySelector("#slot-Cv [data-valmsg-for='Upload.File']");
        Assert.NotNull(fieldMessage);
        Assert.Equal(message, fieldMessage.TextContent);
        Assert.Equal("true", page.QuerySelector("#file-Cv")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#slot-NominationLetter [data-valmsg-for]"));
        Assert.Equal(filesBefore, StoredFiles());
        Assert.Equal(rowsBefore, await CountDocumentsAsync());
    }

    [Fact]
    public async Task A_length_that_understates_the_content_does_not_let_a_large_file_through()
    {
        var userId = await UserIdAsync("candidate8@portal.test");
        var filesBefore = StoredFiles();
        var rowsBefore = await CountDocumentsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<CandidateDocuments>();
        await using var content = new MemoryStream(Pdf("lying", (int)CandidateDocument.MaxSizeBytes + 1));

        var refused = await Assert.ThrowsAsync<Domain.Common.DomainRuleException>(
            () => documents.UploadAsync(userId, DocumentKind.Cv, "cv.pdf", declaredLength: 1000, content));

        Assert.Equal(CandidateDocuments.TooLargeMessage, refused.Message);
        Assert.Equal(filesBefore, StoredFiles());
        Assert.Equal(rowsBefore, await CountDocumentsAsync());
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_refused_without_a_server_error_and_stores_nothing()
    {
        var client = await SignedInAsync("candidate8@portal.test");
        var filesBefore = StoredFiles();

        var response = await UploadAsync(client, DocumentKind.Cv, "huge.pdf", Pdf("huge", 12 * 1024 * 1024));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Answered {(int)response.StatusCode}.");
        var heading = (await HtmlPages.ParseAsync(response)).QuerySelector("h1")!.TextContent;
        Assert.True(heading is "The request could not be understood" or "What you sent is too large", $"The page says {heading}.");
        Assert.Equal(filesBefore, StoredFiles());
    }

    [Fact]
    public async Task Another_candidate_or_an_assessor_gets_not_found_for_a_candidates_document_and_learns_nothing()
    {
        var (documentId, bytes) = await UploadForCandidate1Async();
        var owner = await CandidateNameAsync("candidate1@portal.test");

        foreach (var intruder in new[] { "candidate2@portal.test", "assessor1@portal.test" })
        {
            var client = await SignedInAsync(intruder);

            var response = await client.GetAsync($"/Documents/{documentId}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal("Page not found", (await HtmlPages.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.DoesNotContain(owner, body, StringComparison.Ordinal);
            Assert.DoesNotContain("candidate1-cv.pdf", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Sha256(bytes), body, StringComparison.Ordinal);
            Assert.DoesNotContain("%PDF", body, StringComparison.Ordinal);

            // The same answer as for a document that does not exist: the id's existence is not revealed.
            var unknown = await client.GetAsync("/Documents/999999");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
    }

    [Fact]
    public async Task Another_candidate_cannot_delete_a_candidates_document_by_its_id()
    {
        var (documentId, _) = await UploadForCandidate1Async();
        var intruder = await SignedInAsync("candidate2@portal.test");
        var page = await intruder.GetDocumentAsync(DocumentsPage);
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;

        var response = await intruder.PostAsync(
            $"{DocumentsPage}?handler=Delete&id={documentId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(await DocumentsOfAsync("candidate1@portal.test"), d => d.Id == documentId);
    }

    [Fact]
    public async Task Hr_can_download_a_candidates_document_and_the_download_is_audited()
    {
        var (documentId, bytes) = await UploadForCandidate1Async();
        var hr = await SignedInAsync("hr@portal.test");

        var response = await hr.GetAsync($"/Documents/{documentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        var audited = await LastAuditEventAsync(documentId);
        Assert.Equal("DocumentDownloaded", audited.Action);
        Assert.Equal(await UserIdAsync("hr@portal.test"), audited.ActorUserId);
    }

    [Fact]
    public async Task Anonymous_visitors_asking_for_a_document_are_sent_to_sign_in()
    {
        var response = await factory.CreatePortalClient().GetAsync("/Documents/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var client = await SignedInAsync("candidate9@portal.test");
        var filesBefore = StoredFiles();

        var response = await UploadAsync(client, DocumentKind.Cv, "cv.pdf", Pdf("no token"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(filesBefore, StoredFiles());
        Assert.Empty(await DocumentsOfAsync("candidate9@portal.test"));
    }

    [Fact]
    public async Task An_unknown_document_kind_is_a_bad_request()
    {
        var client = await SignedInAsync("candidate9@portal.test");

        var response = await UploadAsync(client, DocumentKind.Cv, "cv.pdf", Pdf("tampered"), kindOverride: "Passport");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await DocumentsOfAsync("candidate9@portal.test"));
    }

    [Fact]
    public async Task The_candidate_dashboard_links_to_the_documents_page()
    {
        var client = await SignedInAsync("candidate9@portal.test");

        var dashboard = await client.GetDocumentAsync("/Candidate");

        Assert.NotNull(dashboard.QuerySelector($"main a[href='{DocumentsPage}']"));
        var page = await client.GetDocumentAsync(DocumentsPage);
        var form = page.QuerySelector<IHtmlFormElement>("#upload-Cv")!;
        Assert.Equal("multipart/form-data", form.Enctype);
        Assert.Equal("application/pdf", form.QuerySelector("input[type=file]")!.GetAttribute("accept"));
        Assert.NotNull(page.QuerySelector("label[for='file-Cv']"));
        Assert.Contains("PDF only, at most 10 MB", page.QuerySelector("#help-Cv")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts the page's real upload form as a browser would: its hidden fields (the antiforgery token and the
    /// document kind) and the file part under the file input's name. A null file name sends no file at all.
    /// </summary>
    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, DocumentKind kind, string? fileName, byte[]? bytes, bool withToken = true, string? kindOverride = null)
    {
        var page = await client.GetDocumentAsync(DocumentsPage);
        var form = page.QuerySelector<IHtmlFormElement>($"#upload-{kind}")!;
        Assert.Equal("multipart/form-data", form.Enctype);
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden"))
        {
            if (!withToken && hidden.Name == "__RequestVerificationToken")
            {
                continue;
            }

            body.Add(new StringContent(hidden.Name == "Upload.Kind" && kindOverride is not null ? kindOverride : hidden.Value), hidden.Name!);
        }

        if (fileName is not null && bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            body.Add(file, form.QuerySelector("input[type=file]")!.GetAttribute("name")!, fileName);
        }

        return await client.PostAsync(form.Action, body);
    }

    private async Task<(int Id, byte[] Bytes)> UploadForCandidate1Async()
    {
        var client = await SignedInAsync("candidate1@portal.test");
        var bytes = Pdf("candidate1 CV");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, DocumentKind.Cv, "candidate1-cv.pdf", bytes)).StatusCode);
        var document = (await DocumentsOfAsync("candidate1@portal.test")).Single(d => d.Kind == DocumentKind.Cv);
        return (document.Id, bytes);
    }

    /// <summary>A small file with the PDF signature, made unique by its marker, optionally padded to a size.</summary>
    private static byte[] Pdf(string marker, int size = 0)
    {
        var text = Encoding.ASCII.GetBytes($"%PDF-1.7\n% {marker} {Guid.NewGuid():N}\n%%EOF\n");
        if (size <= text.Length)
        {
            return text;
        }

        var padded = new byte[size];
        text.CopyTo(padded, 0);
        Array.Fill(padded, (byte)' ', text.Length, size - text.Length);
        return padded;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string[] StoredFiles() => Directory.GetFiles(factory.DocumentDirectory).Order().ToArray();

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task<List<CandidateDocument>> DocumentsOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.CandidateDocuments.AsNoTracking()
            .Where(d => db.Candidates.Any(c => c.Id == d.CandidateId && c.UserId == userId))
            .ToListAsync();
    }

    private async Task<int> CountDocumentsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CandidateDocuments.CountAsync();
    }

    private async Task<Domain.Audit.AuditEvent> LastAuditEventAsync(int documentId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entityId = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(CandidateDocument) && e.EntityId == entityId)
            .OrderByDescending(e => e.Sequence)
            .FirstAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<string> CandidateNameAsync(string email)
    {
        var userId = await UserIdAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Candidates.Where(c => c.UserId == userId).Select(c => c.FullName).SingleAsync();
    }
}
