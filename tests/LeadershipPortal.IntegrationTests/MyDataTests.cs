using System.Net;
using System.Text;
using System.Text.Json;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Features.Documents;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

/// <summary>A candidate's rights over their data: the export holds theirs and nobody else's; erasure works, and is refused when it must be.</summary>
[Collection(PortalCollection.Name)]
public sealed class MyDataTests(PortalFactory factory)
{
    private const string EraseForm = "form#erase-account";
    private static readonly SeedFiles Seeds = SeedFiles.NextToApp();

    [Fact]
    public async Task The_export_holds_my_data_and_nobody_elses()
    {
        const string me = "candidate1@portal.test";
        var client = await SignedInAsync(me);

        var response = await client.GetAsync("/Candidate/MyData?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^leadershipportal-my-data-\d{8}\.json$", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        var mine = Seeds.Candidates().Single(c => c.Email == me);
        Assert.Equal(me, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(mine.FullName, root.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal(mine.Nationality, root.GetProperty("profile").GetProperty("nationality").GetString());
        Assert.Equal(mine.NominatingState, root.GetProperty("profile").GetProperty("nomination").GetProperty("nominatingState").GetString());
        Assert.Equal("Woman", root.GetProperty("profile").GetProperty("gender").GetString());
        var applications = root.GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal(
            Seeds.Applications().Where(a => a.Candidate == me).Select(a => a.Vacancy).Order(),
            applications.Select(a => a.GetProperty("vacancyKey").GetString()).Order());
        Assert.Contains(applications, a => a.GetProperty("status").GetString() == "Under assessment");
        Assert.All(applications, a => Assert.NotEmpty(a.GetProperty("competencyStatements").EnumerateArray()));

        // Nobody else: no other candidate, no assessor, no HR justification, no account secret.
        Assert.All(Seeds.Candidates().Where(c => c.Email != me), c =>
        {
            Assert.DoesNotContain(c.FullName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(c.Email, text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(Seeds.People().Staff, s => Assert.DoesNotContain(s.DisplayName, text, StringComparison.Ordinal));
        Assert.DoesNotContain("assessor", text, StringComparison.OrdinalIgnoreCase);
        Assert.All(Seeds.Applications().Where(a => a.Candidate == me && a.Notes is not null), a => Assert.DoesNotContain(a.Notes!, text, StringComparison.Ordinal));
        var user = await UserAsync(me);
        Assert.DoesNotContain(user.PasswordHash!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(user.SecurityStamp!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasure_is_refused_with_the_reason_while_an_application_is_in_progress_and_nothing_changes()
    {
        const string me = "candidate1@portal.test";
        var client = await SignedInAsync(me);
        var page = await client.GetDocumentAsync("/Candidate/MyData");

        var response = await client.SubmitAsync(page, EraseForm, ConfirmedWith(Accounts.DemoPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await HtmlPages.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("cannot be erased", message, StringComparison.Ordinal);
        Assert.Contains("MONUSCO-DHOM-2026", message, StringComparison.Ordinal);
        Assert.Contains("Withdraw", message, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await UserAsync(me);
        var profile = await db.Candidates.SingleAsync(c => c.UserId == user.Id);
        Assert.Equal(Seeds.Candidates().Single(c => c.Email == me).FullName, profile.FullName);
        Assert.Null(profile.ErasedAtUtc);
        Assert.All(await db.Applications.Where(a => a.CandidateId == profile.Id).ToListAsync(), a => Assert.NotNull(a.Statement));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ActorUserId == user.Id && e.Action == "AccountErased"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Candidate/MyData")).StatusCode);
    }

    [Fact]
    public async Task Erasure_deletes_personal_data_and_documents_and_keeps_the_anonymous_selection_record()
    {
        // candidate20 has only final applications (two not selected).
        const string me = "candidate20@portal.test";
        var userId = (await UserAsync(me)).Id;
        int profileId;
        CandidateProfile before;
        List<(int Id, ApplicationStage Stage)> applicationsBefore;
        string storedName;
        await using (var arrange = factory.Services.CreateAsyncScope())
        {
            var db = arrange.ServiceProvider.GetRequiredService<PortalDbContext>();
            before = await db.Candidates.AsNoTracking().SingleAsync(c => c.UserId == userId);
            profileId = before.Id;
            applicationsBefore = (await db.Applications.Where(a => a.CandidateId == profileId).Select(a => new { a.Id, a.Stage }).ToListAsync())
                .Select(a => (a.Id, a.Stage)).OrderBy(a => a.Id).ToList();
            var stored = await arrange.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4 curriculum vitae")));
            storedName = stored.StoredName;
            db.CandidateDocuments.Add(new CandidateDocument(profileId, DocumentKind.Cv, "cv.pdf", stored.StoredName, stored.SizeBytes, stored.Sha256, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, applicationsBefore.Count);
        var hrBefore = await HrDashboardFiguresAsync();
        var client = await SignedInAsync(me);
        var page = await client.GetDocumentAsync("/Candidate/MyData");
        Assert.Equal("Erase your account? This cannot be undone.", page.QuerySelector(EraseForm)!.GetAttribute("data-confirm"));

        var response = await client.SubmitAsync(page, EraseForm, ConfirmedWith(Accounts.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Your account has been erased", home.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Candidate/MyData")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync(me)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var after = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(userId));
        var profile = await after.Candidates.SingleAsync(c => c.Id == profileId);
        Assert.Null(profile.UserId);
        Assert.Equal("Erased candidate", profile.FullName);
        Assert.NotNull(profile.ErasedAtUtc);
        Assert.Null(profile.CurrentPost);
        Assert.Empty(profile.FieldMissions);
        Assert.Equal(before.Gender, profile.Gender);
        Assert.Equal(before.NationalityId, profile.NationalityId);
        Assert.Equal(before.Nomination?.NominatingStateId, profile.Nomination?.NominatingStateId);

        var applications = await after.Applications.Include(a => a.CompetencyStatements).Where(a => a.CandidateId == profileId).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(applicationsBefore, applications.Select(a => (a.Id, a.Stage)).ToList());
        Assert.All(applications, a =>
        {
            Assert.Null(a.Statement);
            Assert.Empty(a.CompetencyStatements);
        });

        Assert.False(await after.CandidateDocuments.AnyAsync(d => d.CandidateId == profileId));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IDocumentStore>().OpenReadAsync(storedName));
        var erased = await after.AuditEvents.SingleAsync(e => e.Action == "AccountErased" && e.EntityId == userId);
        Assert.DoesNotContain(before.FullName, erased.Details, StringComparison.Ordinal);
        Assert.True(Domain.Audit.AuditChain.Verify(await after.AuditEvents.OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        Assert.Equal(hrBefore, await HrDashboardFiguresAsync());
    }

    [Fact]
    public async Task Erasure_deletes_drafts_because_a_draft_is_not_a_selection_record()
    {
        // candidate10: one application not eligible (final), one draft.
        const string me = "candidate10@portal.test";
        var userId = (await UserAsync(me)).Id;
        int profileId;
        await using (var arrange = factory.Services.CreateAsyncScope())
        {
            profileId = await arrange.ServiceProvider.GetRequiredService<PortalDbContext>().Candidates.Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync();
        }

        var client = await SignedInAsync(me);
        var page = await client.GetDocumentAsync("/Candidate/MyData");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, EraseForm, ConfirmedWith(Accounts.DemoPassword))).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var stages = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Applications
            .Where(a => a.CandidateId == profileId).Select(a => a.Stage).ToListAsync();
        Assert.Equal([ApplicationStage.Ineligible], stages);
    }

    [Fact]
    public async Task A_wrong_password_refuses_erasure()
    {
        const string me = "candidate47@portal.test";
        var client = await SignedInAsync(me);
        var page = await client.GetDocumentAsync("/Candidate/MyData");

        var response = await client.SubmitAsync(page, EraseForm, ConfirmedWith("not my password at all"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("password is not correct", (await HtmlPages.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        await AssertNotErasedAsync(me);
    }

    [Fact]
    public async Task Erasure_without_the_confirmation_box_is_refused_with_a_message_on_the_box()
    {
        const string me = "candidate48@portal.test";
        var client = await SignedInAsync(me);
        var page = await client.GetDocumentAsync("/Candidate/MyData");

        var response = await client.SubmitAsync(page, EraseForm, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.DemoPassword,
            ["Input.Confirm"] = "false",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await HtmlPages.ParseAsync(response);
        Assert.Contains("cannot be undone", answer.QuerySelector("[data-valmsg-for='Input.Confirm']")!.TextContent, StringComparison.Ordinal);
        await AssertNotErasedAsync(me);
    }

    [Theory]
    [InlineData("/Candidate/MyData")]
    [InlineData("/Candidate/MyData?handler=Download")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        var response = await factory.CreatePortalClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_only_ever_shows_the_signed_in_users_own_data()
    {
        const string me = "candidate3@portal.test";
        var other = await UserAsync("candidate4@portal.test");
        var client = await SignedInAsync(me);

        // An id in the address is not a way in: there is no route for one, and query values are ignored.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Candidate/MyData/{other.Id}")).StatusCode);
        var export = await client.GetStringAsync($"/Candidate/MyData?handler=Download&userId={other.Id}&id={other.Id}");
        Assert.Contains(me, export, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Email!, export, StringComparison.Ordinal);
        Assert.DoesNotContain(Seeds.Candidates().Single(c => c.Email == other.Email).FullName, export, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync($"/Candidate/MyData?userId={other.Id}");
        Assert.Contains(me, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Email!, page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        // Staff are not candidates: the page is not theirs.
        var hr = await SignedInAsync("hr@portal.test");
        var refused = await hr.GetAsync("/Candidate/MyData?handler=Download");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Identity/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ConfirmedWith(string password) => new()
    {
        ["Input.Password"] = password,
        ["Input.Confirm"] = "true",
    };

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task<PortalUser> UserAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
    }

    private async Task AssertNotErasedAsync(string email)
    {
        var user = await UserAsync(email);
        Assert.NotNull(user);
        await using var scope = factory.Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Candidates.SingleAsync(c => c.UserId == user.Id);
        Assert.Equal(Seeds.Candidates().Single(c => c.Email == email).FullName, profile.FullName);
        Assert.Null(profile.ErasedAtUtc);
    }

    /// <summary>What HR's dashboard counts: the figures and every vacancy's pipeline row.</summary>
    private async Task<List<string>> HrDashboardFiguresAsync()
    {
        var page = await (await SignedInAsync("hr@portal.test")).GetDocumentAsync("/Hr");
        return page.QuerySelectorAll(".dashboard-figure, tbody tr")
            .Select(e => string.Join(" ", e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }
}
