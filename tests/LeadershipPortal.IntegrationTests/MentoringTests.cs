using System.Net;
using Hangfire;
using Hangfire.Storage;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class MentoringTests(PortalFactory factory)
{
    [Fact]
    public async Task Hr_pairs_both_accept_the_mentor_logs_the_mentee_rates_and_private_notes_stay_with_their_author()
    {
        var hom3 = await MenteeIdAsync("hom3@portal.test");
        var mentor6 = await MentorIdAsync("mentor6@portal.test");
        var hr = await SignedInAsync("hr@portal.test");

        // HR keeps only hom3's row of the batch proposal and gives it mentor6.
        var pairAll = await hr.GetDocumentAsync("/Hr/Mentoring/PairAll");
        var confirmed = await hr.SubmitAsync(pairAll, "#pair-all-form", OnlyThesePairs(pairAll, new() { [hom3] = mentor6 }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = await Arrange.QueryAsync(factory, db => db.Mentorships.Where(m => m.MenteeId == hom3 && m.MentorId == mentor6).Select(m => m.Id).SingleAsync());
        var url = $"/Mentoring/Mentorship/{id}";

        var mentor = await SignedInAsync("mentor6@portal.test");
        var mentee = await SignedInAsync("hom3@portal.test");
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.SubmitAsync(await mentor.GetDocumentAsync(url), "#accept-form")).StatusCode);
        Assert.Equal("Proposed", (await mentor.GetDocumentAsync(url)).QuerySelector("#status")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await mentee.SubmitAsync(await mentee.GetDocumentAsync(url), "#accept-form")).StatusCode);
        Assert.Equal("Active", (await mentor.GetDocumentAsync(url)).QuerySelector("#status")!.TextContent);

        var today = factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd");
        var summary = $"Shared summary {Guid.NewGuid():N}";
        var notes = $"Private note {Guid.NewGuid():N}";
        var logged = await mentor.SubmitAsync(await mentor.GetDocumentAsync(url), "#log-form", new Dictionary<string, string>
        {
            ["Log.HeldOn"] = today, ["Log.DurationMinutes"] = "75", ["Log.Mode"] = "Video", ["Log.Topics"] = "Buffer zone, Council renewal",
            ["Log.SharedSummary"] = summary, ["Log.PrivateNotes"] = notes, ["Log.Actions[0].Text"] = "Draft the renewal story", ["Log.Actions[0].DueOn"] = today,
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        var mentorPage = await mentor.GetDocumentAsync(url);
        Assert.Contains(notes, mentorPage.QuerySelector(".private-notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Draft the renewal story", mentorPage.QuerySelector(".session")!.TextContent, StringComparison.Ordinal);

        var menteePage = await mentee.GetDocumentAsync(url);
        Assert.Contains(summary, menteePage.QuerySelector(".shared-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(notes, menteePage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        // The firewall: neither text reaches HR's mentoring, selection, roster or vacancy pages.
        var vacancyId = await Arrange.QueryAsync(factory, db => db.Vacancies.Select(v => v.Id).FirstAsync());
        foreach (var page in new[] { "/Hr", "/Hr/Mentoring", "/Hr/Roster", "/Hr/Vacancies", $"/Hr/Vacancies/{vacancyId}/Ranking", url })
        {
            var response = await hr.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(notes, html, StringComparison.Ordinal);
            Assert.DoesNotContain(summary, html, StringComparison.Ordinal);
        }

        // The mentee rates: 5 is refused with a message, 3 is kept with the comment.
        var refused = await mentee.SubmitAsync(menteePage, ".rate-form", new Dictionary<string, string> { ["Rate.Rating"] = "5" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A session is rated from 1 to 4.", (await HtmlPages.ParseAsync(refused)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        var rated = await mentee.SubmitAsync(await mentee.GetDocumentAsync(url), ".rate-form", new Dictionary<string, string> { ["Rate.Rating"] = "3", ["Rate.Comment"] = "Helpful on the renewal" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("Rated 3 of 4: Helpful on the renewal", (await mentor.GetDocumentAsync(url)).QuerySelector(".rating")!.TextContent, StringComparison.Ordinal);

        // After the first session the mentee says it is not a good fit: HR sees the flag.
        var flaggedBefore = await FlaggedCountAsync(hr);
        await mentee.SubmitAsync(await mentee.GetDocumentAsync(url), "#fit-form", null, "button[value='NotAGoodFit']");
        Assert.Equal("Not a good fit", (await mentee.GetDocumentAsync(url)).QuerySelector("#my-fit")!.TextContent);
        Assert.Equal(flaggedBefore + 1, await FlaggedCountAsync(hr));

        // The log can be corrected today, and not after 14 days.
        var sessionId = await Arrange.QueryAsync(factory, db => db.MentoringSessions.Where(s => s.MentorshipId == id).Select(s => s.Id).SingleAsync());
        var corrected = await mentor.SubmitAsync(await mentor.GetDocumentAsync(url), ".edit-form", new Dictionary<string, string> { ["Edit.DurationMinutes"] = "90" });
        Assert.True(corrected.StatusCode == HttpStatusCode.Redirect, (await HtmlPages.ParseAsync(corrected)).QuerySelector("#errors")?.TextContent);
        using (factory.Clock.Shift(TimeSpan.FromDays(15)))
        {
            // The sign-in cookie has expired by then, so sign in again; the page no longer offers the form, so post it as a crafted request.
            var later = await SignedInAsync("mentor6@portal.test");
            var page = await later.GetDocumentAsync(url);
            Assert.Null(page.QuerySelector(".edit-form"));
            var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            var locked = await later.PostAsync($"{url}?handler=Edit&sessionId={sessionId}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Edit.HeldOn"] = today, ["Edit.DurationMinutes"] = "30", ["Edit.Mode"] = "Phone",
            }));
            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
            Assert.Contains("locked", (await HtmlPages.ParseAsync(locked)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(90, await Arrange.QueryAsync(factory, db => db.MentoringSessions.Where(s => s.Id == sessionId).Select(s => s.DurationMinutes).SingleAsync()));
    }

    [Theory]
    [InlineData("", "60", "Video", "Enter the date of the session.")]
    [InlineData("today", "-30", "Video", "A session lasts from 1 minute to 8 hours (480 minutes).")]
    [InlineData("today", "481", "Phone", "A session lasts from 1 minute to 8 hours (480 minutes).")]
    [InlineData("tomorrow", "60", "Video", "A session cannot be dated in the future.")]
    [InlineData("today", "", "", "Choose how you met.")]
    public async Task A_bad_session_log_is_refused_with_a_message_and_nothing_is_saved(string date, string minutes, string mode, string message)
    {
        var id = await Arrange.QueryAsync(factory, db => db.Mentorships.Where(m => m.Status == MentorshipStatus.Active && db.Mentors.Any(o => o.Id == m.MentorId && db.Users.Any(u => u.Id == o.UserId && u.Email == "mentor1@portal.test"))).Select(m => m.Id).FirstAsync());
        var before = await SessionCountAsync(id);
        var mentor = await SignedInAsync("mentor1@portal.test");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var heldOn = date switch { "today" => now.ToString("yyyy-MM-dd"), "tomorrow" => now.AddDays(1).ToString("yyyy-MM-dd"), _ => date };

        var response = await mentor.SubmitAsync(await mentor.GetDocumentAsync($"/Mentoring/Mentorship/{id}"), "#log-form", new Dictionary<string, string>
        {
            ["Log.HeldOn"] = heldOn, ["Log.DurationMinutes"] = minutes, ["Log.Mode"] = mode, ["Log.SharedSummary"] = "Should not be saved",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPages.ParseAsync(response)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await SessionCountAsync(id));
    }

    [Fact]
    public async Task Pairing_beyond_a_mentors_capacity_is_refused_and_nothing_is_half_saved()
    {
        var hom5 = await MenteeIdAsync("hom5@portal.test");
        var hom6 = await MenteeIdAsync("hom6@portal.test");
        var mentor3 = await MentorIdAsync("mentor3@portal.test");
        var hr = await SignedInAsync("hr@portal.test");
        var page = await hr.GetDocumentAsync("/Hr/Mentoring/PairAll");
        var response = await hr.SubmitAsync(page, "#pair-all-form", OnlyThesePairs(page, new() { [hom5] = mentor3, [hom6] = mentor3 }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has room for 1 more mentee, not 2", (await HtmlPages.ParseAsync(response)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Arrange.QueryAsync(factory, db => db.Mentorships.AnyAsync(m => m.MenteeId == hom5 || m.MenteeId == hom6)));
    }

    [Fact]
    public async Task The_match_page_ranks_mentors_and_shows_the_hard_exclusions()
    {
        var hom6 = await MenteeIdAsync("hom6@portal.test");
        var hr = await SignedInAsync("hr@portal.test");

        var page = await hr.GetDocumentAsync($"/Hr/Mentoring/Match/{hom6}");

        string Exclusions(string email) => page.QuerySelector($"#ranking tr[data-mentor='{MentorIdAsync(email).Result}'] .exclusions")!.TextContent;
        Assert.Contains("declared conflict", Exclusions("mentor6@portal.test"), StringComparison.Ordinal);
        Assert.Contains("capacity full", Exclusions("mentor2@portal.test"), StringComparison.Ordinal);
        var scores = page.QuerySelectorAll("#ranking tbody tr").Where(r => r.QuerySelector(".exclusions")!.TextContent.Length == 0).Select(r => int.Parse(r.QuerySelector(".score")!.TextContent)).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync("/Hr/Mentoring/Match/999999")).StatusCode);
    }

    [Fact]
    public async Task Mentors_and_mentees_reach_only_their_own_mentorships_and_other_roles_none()
    {
        var ofMentor2 = await Arrange.QueryAsync(factory, db => db.Mentorships.Where(m => db.Mentors.Any(o => o.Id == m.MentorId && db.Users.Any(u => u.Id == o.UserId && u.Email == "mentor2@portal.test"))).Select(m => m.Id).FirstAsync());
        foreach (var email in new[] { "mentor1@portal.test", "hom1@portal.test" })
        {
            var client = await SignedInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Mentoring/Mentorship/{ofMentor2}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Mentoring/Mentorship/999999")).StatusCode);
        }

        foreach (var email in new[] { "assessor1@portal.test", "candidate1@portal.test" })
        {
            var client = await SignedInAsync(email);
            foreach (var path in new[] { "/Mentoring", $"/Mentoring/Mentorship/{ofMentor2}", "/Mentoring/Profile", "/Hr/Mentoring", "/Hr/Mentoring/PairAll" })
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Either_side_marks_an_action_item_done_and_reopens_it()
    {
        var (mentorshipId, itemId) = await Arrange.QueryAsync(factory, db => (
            from m in db.Mentorships
            join o in db.Mentors on m.MentorId equals o.Id
            join u in db.Users on o.UserId equals u.Id
            where u.Email == "mentor1@portal.test"
            from s in m.Sessions
            from a in s.ActionItems
            where !a.IsDone
            orderby a.Id
            select new ValueTuple<int, int>(m.Id, a.Id)).FirstAsync());
        var path = $"/Mentoring/Mentorship/{mentorshipId}";
        var form = $"form[action*='handler=ActionItem'][action*='actionItemId={itemId}']";

        var mentor = await SignedInAsync("mentor1@portal.test");
        var page = await HtmlPages.GetDocumentAsync(mentor, path);
        var after = await HtmlPages.GetDocumentAsync(mentor, (await HtmlPages.SubmitAsync(mentor, page, form, new Dictionary<string, string>())).Headers.Location!.ToString());
        Assert.Contains("Action item marked done.", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await Arrange.QueryAsync(factory, db => db.Set<ActionItem>().Where(a => a.Id == itemId).Select(a => a.IsDone).SingleAsync()));

        var mentee = await SignedInAsync("hom1@portal.test");
        page = await HtmlPages.GetDocumentAsync(mentee, path);
        Assert.Equal("false", page.QuerySelector($"{form} input[name=done]")!.GetAttribute("value"));
        await HtmlPages.SubmitAsync(mentee, page, form, new Dictionary<string, string>());
        Assert.False(await Arrange.QueryAsync(factory, db => db.Set<ActionItem>().Where(a => a.Id == itemId).Select(a => a.IsDone).SingleAsync()));
    }

    [Fact]
    public async Task The_overdue_pair_is_flagged_and_the_daily_job_reminds_both_sides()
    {
        using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Single(connection.GetRecurringJobs(), j => j.Id == MentoringReminderJob.Id);
        }

        var mentor2 = await SignedInAsync("mentor2@portal.test");
        Assert.NotNull((await mentor2.GetDocumentAsync("/Mentoring")).QuerySelector(".overdue"));
        var mentor1 = await SignedInAsync("mentor1@portal.test");
        Assert.Null((await mentor1.GetDocumentAsync("/Mentoring")).QuerySelector(".overdue"));

        var before = new[] { "mentor2@portal.test", "hom2@portal.test", "mentor1@portal.test" }.ToDictionary(e => e, Reminders);
        await using var scope = factory.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<MentoringReminderJob>().RunAsync(CancellationToken.None);

        Assert.True(sent >= 1);
        Assert.Equal(before["mentor2@portal.test"] + 1, Reminders("mentor2@portal.test"));
        Assert.Equal(before["hom2@portal.test"] + 1, Reminders("hom2@portal.test"));
        Assert.Equal(before["mentor1@portal.test"], Reminders("mentor1@portal.test"));
    }

    [Fact]
    public async Task A_mentor_edits_their_profile_and_a_capacity_below_their_mentees_is_refused()
    {
        var mentor = await SignedInAsync("mentor7@portal.test");
        var page = await mentor.GetDocumentAsync("/Mentoring/Profile");
        var saved = await mentor.SubmitAsync(page, "#mentor-form", new Dictionary<string, string>
        {
            ["Mentor.Availability"] = "Monthly calls, Tuesdays", ["Mentor.Posts[2].PositionType"] = "HOM", ["Mentor.Posts[2].Mission"] = "UNFICYP", ["Mentor.Posts[2].FromYear"] = "2005", ["Mentor.Posts[2].ToYear"] = "2007",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var posts = await Arrange.QueryAsync(factory, db => db.Mentors.AsNoTracking().Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == "mentor7@portal.test")).Select(m => new { m.Availability, m.FormerPosts }).SingleAsync());
        Assert.Equal("Monthly calls, Tuesdays", posts.Availability);
        Assert.Contains(new FormerPost("HOM", "UNFICYP", 2005, 2007), posts.FormerPosts);

        var mentor1 = await SignedInAsync("mentor1@portal.test");
        var refused = await mentor1.SubmitAsync(await mentor1.GetDocumentAsync("/Mentoring/Profile"), "#mentor-form", new Dictionary<string, string> { ["Mentor.Capacity"] = "0" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("your capacity cannot be lower", (await HtmlPages.ParseAsync(refused)).QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The pair-all form's values that confirm only the given mentees, each with the given mentor.</summary>
    private static Dictionary<string, string> OnlyThesePairs(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<int, int> mentorByMentee)
    {
        var values = new Dictionary<string, string>();
        var rows = page.QuerySelectorAll("#proposals tbody tr").ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var mentee = int.Parse(rows[i].GetAttribute("data-mentee")!);
            values[$"pairs[{i}].Include"] = mentorByMentee.ContainsKey(mentee).ToString();
            if (mentorByMentee.TryGetValue(mentee, out var mentor))
            {
                values[$"pairs[{i}].MentorId"] = mentor.ToString();
            }
        }

        return values;
    }

    private async Task<int> FlaggedCountAsync(HttpClient hr) => int.Parse((await hr.GetDocumentAsync("/Hr/Mentoring")).QuerySelector("#flagged-count")!.TextContent);

    private Task<int> SessionCountAsync(int mentorshipId) => Arrange.QueryAsync(factory, db => db.MentoringSessions.CountAsync(s => s.MentorshipId == mentorshipId));

    // In the person's language: other tests switch shared accounts to French, which the reminder then follows.
    private int Reminders(string email) => Mailbox.For(factory, email).Count(m =>
        m.Subject!.StartsWith("Reminder: time for a mentoring session", StringComparison.Ordinal) ||
        m.Subject!.StartsWith("Rappel : il est temps d’organiser une séance de mentorat", StringComparison.Ordinal));

    private Task<int> MenteeIdAsync(string email) => Arrange.QueryAsync(factory, db => db.Mentees.Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == email)).Select(m => m.Id).SingleAsync());

    private Task<int> MentorIdAsync(string email) => Arrange.QueryAsync(factory, db => db.Mentors.Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == email)).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task The_programme_lists_the_first_waiting_heads_of_mission_and_counts_the_rest()
    {
        var hr = await SignedInAsync("hr@portal.test");
        var page = await hr.GetDocumentAsync("/Hr/Mentoring");
        await using var scope = factory.Services.CreateAsyncScope();
        var waiting = await scope.ServiceProvider.GetRequiredService<Web.Features.Mentoring.MentorMatching>().WaitingAsync();

        var listed = page.QuerySelectorAll("#waiting li a").Select(a => a.TextContent).ToList();
        Assert.Equal(waiting.Take(Web.Pages.Hr.Mentoring.IndexModel.WaitingListed).Select(w => w.Name), listed);
        var more = page.QuerySelector("#waiting-more");
        if (waiting.Count > Web.Pages.Hr.Mentoring.IndexModel.WaitingListed)
        {
            Assert.StartsWith($"{waiting.Count - Web.Pages.Hr.Mentoring.IndexModel.WaitingListed} more are waiting", more!.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(more);
        }
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(email);
        return client;
    }
}
