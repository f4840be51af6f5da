using System.Net;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests;

/// <summary>A candidate who guesses another candidate's ids learns nothing and changes nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class CandidateAccessTests(PortalFactory factory)
{
    [Fact]
    public async Task Another_candidates_application_pages_are_not_found_and_reveal_nothing()
    {
        var (id, vision) = await Arrange.QueryAsync(factory, db => (
            from a in db.Applications
            join c in db.Candidates on a.CandidateId equals c.Id
            join u in db.Users on c.UserId equals u.Id
            where u.Email == "candidate1@portal.test" && a.Stage != ApplicationStage.Draft
            select new ValueTuple<int, string>(a.Id, a.Statement!)).FirstAsync());
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate2@portal.test");

        foreach (var path in new[] { $"/Candidate/Applications/{id}", $"/Candidate/Applications/{id}/Withdraw" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(vision[..40], body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Posting_a_withdrawal_for_another_candidates_application_changes_nothing()
    {
        var victim = await ApplicationIdAsync("candidate1@portal.test", ApplicationStage.Assessment);
        var own = await ApplicationIdAsync("candidate2@portal.test", ApplicationStage.Shortlisted);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate2@portal.test");
        var page = await client.GetDocumentAsync($"/Candidate/Applications/{own}/Withdraw");

        // The attacker's own valid form and token, aimed at the victim's id.
        page.QuerySelector("#withdraw-form")!.SetAttribute("action", $"/Candidate/Applications/{victim}/Withdraw");
        var response = await client.SubmitAsync(page, "#withdraw-form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var stage = await Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Id == victim).Select(a => a.Stage).SingleAsync());
        Assert.Equal(ApplicationStage.Assessment, stage);
    }

    [Fact]
    public async Task The_apply_page_of_a_draft_vacancy_is_not_found()
    {
        var draft = await Arrange.QueryAsync(factory, db => db.Vacancies.Where(v => v.Status == Domain.Vacancies.VacancyStatus.Draft).Select(v => v.Id).FirstAsync());
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate2@portal.test");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Candidate/Apply/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Candidate/Apply/987654")).StatusCode);
    }

    [Fact]
    public async Task A_withdrawal_without_an_antiforgery_token_is_refused()
    {
        var own = await ApplicationIdAsync("candidate2@portal.test", ApplicationStage.Shortlisted);
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync("candidate2@portal.test");

        var response = await client.PostAsync($"/Candidate/Applications/{own}/Withdraw", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApplicationStage.Shortlisted, await Arrange.QueryAsync(factory, db => db.Applications.Where(a => a.Id == own).Select(a => a.Stage).SingleAsync()));
    }

    private Task<int> ApplicationIdAsync(string email, ApplicationStage stage) => Arrange.QueryAsync(factory, db => (
        from a in db.Applications
        join c in db.Candidates on a.CandidateId equals c.Id
        join u in db.Users on c.UserId equals u.Id
        where u.Email == email && a.Stage == stage
        select a.Id).FirstAsync());
}
