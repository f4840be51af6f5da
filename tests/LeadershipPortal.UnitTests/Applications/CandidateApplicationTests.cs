using System.Text.RegularExpressions;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Applications;

public sealed partial class CandidateApplicationTests
{
    private const string Hr = ApplicationBuilder.HrUserId;
    private const string Candidate = ApplicationBuilder.CandidateUserId;

    private static readonly DateTime ClosesAt = ApplicationBuilder.VacancyClosesAtUtc;
    private static readonly DateTime MovedAt = new(2026, 4, 20, 15, 30, 0, DateTimeKind.Utc);

    [GeneratedRegex("^C-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$")]
    private static partial Regex CandidateCodePattern();

    [Fact]
    public void A_new_application_is_a_draft_with_no_history()
    {
        var application = new CandidateApplication(11, 23, ApplicationBuilder.CreatedAtUtc);

        Assert.Equal(ApplicationStage.Draft, application.Stage);
        Assert.Equal(11, application.VacancyId);
        Assert.Equal(23, application.CandidateId);
        Assert.Equal(ApplicationBuilder.CreatedAtUtc, application.CreatedAtUtc);
        Assert.Null(application.SubmittedAtUtc);
        Assert.Empty(application.History);
    }

    [Fact]
    public void The_candidate_code_is_C_dash_then_six_characters_that_cannot_be_misread()
    {
        var codes = Enumerable.Range(0, 500)
            .Select(_ => new CandidateApplication(11, 23, ApplicationBuilder.CreatedAtUtc).CandidateCode)
            .ToList();

        Assert.All(codes, code => Assert.Matches(CandidateCodePattern(), code));
        Assert.All(codes, code => Assert.DoesNotContain(code[2..], c => c is '0' or 'O' or '1' or 'I'));
    }

    [Fact]
    public void Each_application_gets_its_own_candidate_code()
    {
        var codes = Enumerable.Range(0, 200)
            .Select(_ => new CandidateApplication(11, 23, ApplicationBuilder.CreatedAtUtc).CandidateCode);

        Assert.Equal(200, codes.Distinct().Count());
    }

    [Fact]
    public void Submitting_a_draft_with_a_statement_records_the_move_with_the_candidate_as_actor()
    {
        var application = new ApplicationBuilder().Build();
        var now = ClosesAt.AddDays(-3);

        application.Submit(now, ClosesAt, Candidate, ApplicationBuilder.Competencies);

        Assert.Equal(ApplicationStage.Submitted, application.Stage);
        Assert.Equal(now, application.SubmittedAtUtc);
        var change = Assert.Single(application.History);
        Assert.Equal(ApplicationStage.Draft, change.From);
        Assert.Equal(ApplicationStage.Submitted, change.To);
        Assert.Equal(Candidate, change.ByUserId);
        Assert.Equal(now, change.AtUtc);
        Assert.Equal("Submitted by the candidate.", change.Justification);
    }

    [Fact]
    public void Submitting_one_tick_before_the_closing_time_is_accepted()
    {
        var application = new ApplicationBuilder().Build();

        application.Submit(ClosesAt.AddTicks(-1), ClosesAt, Candidate, ApplicationBuilder.Competencies);

        Assert.Equal(ApplicationStage.Submitted, application.Stage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(60 * 24)]
    public void Submitting_at_or_after_the_closing_time_is_refused(int minutesAfterClosing)
    {
        var application = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            application.Submit(ClosesAt.AddMinutes(minutesAfterClosing), ClosesAt, Candidate, ApplicationBuilder.Competencies));

        Assert.StartsWith("The vacancy closed on ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("applications can no longer be submitted.", error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStage.Draft, application.Stage);
        Assert.Empty(application.History);
    }

    [Fact]
    public void Submitting_without_a_statement_is_refused()
    {
        var application = new ApplicationBuilder().WithStatement(null).Build();

        var error = Assert.Throws<DomainRuleException>(() => application.Submit(ClosesAt.AddDays(-1), ClosesAt, Candidate, ApplicationBuilder.Competencies));

        Assert.Equal("Write a vision statement before submitting.", error.Message);
        Assert.Equal(ApplicationStage.Draft, application.Stage);
        Assert.Null(application.SubmittedAtUtc);
    }

    [Fact]
    public void Submitting_twice_is_refused()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var error = Assert.Throws<DomainRuleException>(() => application.Submit(ClosesAt.AddDays(-1), ClosesAt, Candidate, ApplicationBuilder.Competencies));

        Assert.Equal("This application has already been submitted.", error.Message);
        Assert.Single(application.History);
    }

    [Fact]
    public void A_statement_of_exactly_500_words_is_accepted()
    {
        var application = new ApplicationBuilder().WithStatement(null).Build();
        var statement = Words(500);

        application.WriteStatement(statement);

        Assert.Equal(statement, application.Statement);
    }

    [Fact]
    public void A_statement_of_501_words_is_refused_with_the_count()
    {
        var application = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => application.WriteStatement(Words(501)));

        Assert.Equal("The vision statement has 501 words; the limit is 500.", error.Message);
        Assert.Equal(ApplicationBuilder.DefaultStatement, application.Statement);
    }

    [Fact]
    public void A_statement_is_stored_trimmed_and_a_blank_one_clears_it()
    {
        var application = new ApplicationBuilder().Build();

        application.WriteStatement("  A mission that listens.  ");
        Assert.Equal("A mission that listens.", application.Statement);

        application.WriteStatement("   ");
        Assert.Null(application.Statement);
    }

    [Fact]
    public void The_statement_of_a_submitted_application_cannot_be_edited()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var error = Assert.Throws<DomainRuleException>(() => application.WriteStatement("A new vision."));

        Assert.Equal("A submitted application cannot be edited.", error.Message);
        Assert.Equal(ApplicationBuilder.DefaultStatement, application.Statement);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("  \t\n ", 0)]
    [InlineData("peace", 1)]
    [InlineData("  protect   civilians\tand\nbuild  trust ", 5)]
    public void Words_are_counted_between_any_whitespace(string? text, int expected)
    {
        Assert.Equal(expected, CandidateApplication.CountWords(text));
    }

    public static TheoryData<ApplicationStage, ApplicationStage> MovesHrMayMake()
    {
        var data = new TheoryData<ApplicationStage, ApplicationStage>();
        foreach (var from in Enum.GetValues<ApplicationStage>())
        {
            foreach (var to in ApplicationStages.NextStagesForHr(from))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<ApplicationStage, ApplicationStage> MovesHrMayNotMake()
    {
        var data = new TheoryData<ApplicationStage, ApplicationStage>();
        foreach (var from in Enum.GetValues<ApplicationStage>())
        {
            foreach (var to in Enum.GetValues<ApplicationStage>().Except(ApplicationStages.NextStagesForHr(from)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MovesHrMayMake))]
    public void Every_move_HR_may_make_is_made_and_recorded_with_its_justification(ApplicationStage from, ApplicationStage to)
    {
        var application = new ApplicationBuilder().AtStage(from).Build();
        var historyBefore = application.History.Count;

        application.MoveTo(to, "  Panel agreed after review.  ", Hr, MovedAt);

        Assert.Equal(to, application.Stage);
        Assert.Equal(historyBefore + 1, application.History.Count);
        var change = application.History.Last();
        Assert.Equal(from, change.From);
        Assert.Equal(to, change.To);
        Assert.Equal("Panel agreed after review.", change.Justification);
        Assert.Equal(Hr, change.ByUserId);
        Assert.Equal(MovedAt, change.AtUtc);
    }

    [Theory]
    [MemberData(nameof(MovesHrMayNotMake))]
    public void Every_move_HR_may_not_make_is_refused_and_leaves_the_application_as_it_was(ApplicationStage from, ApplicationStage to)
    {
        var application = new ApplicationBuilder().AtStage(from).Build();
        var historyBefore = application.History.Count;

        var error = Assert.Throws<DomainRuleException>(() => application.MoveTo(to, "Because.", Hr, MovedAt));

        Assert.Equal(
            $"An application cannot move from {ApplicationStages.Label(from)} to {ApplicationStages.Label(to)}.",
            error.Message);
        Assert.Equal(from, application.Stage);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Fact]
    public void A_submitted_application_cannot_be_appointed_directly()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            application.MoveTo(ApplicationStage.Appointed, "Obvious choice.", Hr, MovedAt));

        Assert.Equal("An application cannot move from Submitted to Appointed.", error.Message);
    }

    [Theory]
    [InlineData(ApplicationStage.Appointed)]
    [InlineData(ApplicationStage.NotSelected)]
    [InlineData(ApplicationStage.Ineligible)]
    [InlineData(ApplicationStage.Withdrawn)]
    public void Nothing_moves_an_application_out_of_a_final_stage(ApplicationStage final)
    {
        var application = new ApplicationBuilder().AtStage(final).Build();

        Assert.Throws<DomainRuleException>(() => application.MoveTo(ApplicationStage.Screening, "Reopen.", Hr, MovedAt));
        Assert.Throws<DomainRuleException>(() => application.MoveTo(ApplicationStage.Shortlisted, "Reopen.", Hr, MovedAt));

        Assert.Equal(final, application.Stage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_move_without_a_justification_is_refused(string justification)
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            application.MoveTo(ApplicationStage.Screening, justification, Hr, MovedAt));

        Assert.Equal("A justification is required.", error.Message);
        Assert.Equal(ApplicationStage.Submitted, application.Stage);
        Assert.Single(application.History);
    }

    [Fact]
    public void A_justification_over_2000_characters_is_refused()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            application.MoveTo(ApplicationStage.Screening, new string('x', 2001), Hr, MovedAt));

        Assert.Equal("A justification must be at most 2000 characters.", error.Message);
        Assert.Equal(ApplicationStage.Submitted, application.Stage);
    }

    [Fact]
    public void The_history_keeps_every_move_in_order()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Interview).Build();

        Assert.Equal(
            [ApplicationStage.Submitted, ApplicationStage.Screening, ApplicationStage.Assessment, ApplicationStage.Interview],
            application.History.Select(h => h.To));
        Assert.Equal(
            [ApplicationStage.Draft, ApplicationStage.Submitted, ApplicationStage.Screening, ApplicationStage.Assessment],
            application.History.Select(h => h.From));
    }

    [Fact]
    public void A_draft_cannot_be_withdrawn_because_it_was_never_sent()
    {
        var application = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => application.Withdraw(Candidate, MovedAt));

        Assert.Equal("A draft has not been sent; delete it instead of withdrawing it.", error.Message);
        Assert.Equal(ApplicationStage.Draft, application.Stage);
    }

    [Theory]
    [InlineData(ApplicationStage.Submitted)]
    [InlineData(ApplicationStage.Interview)]
    [InlineData(ApplicationStage.Recommended)]
    public void A_candidate_can_withdraw_an_open_application_and_the_move_is_recorded(ApplicationStage from)
    {
        var application = new ApplicationBuilder().AtStage(from).Build();

        application.Withdraw(Candidate, MovedAt);

        Assert.Equal(ApplicationStage.Withdrawn, application.Stage);
        var change = application.History.Last();
        Assert.Equal(from, change.From);
        Assert.Equal(ApplicationStage.Withdrawn, change.To);
        Assert.Equal(Candidate, change.ByUserId);
        Assert.Equal(MovedAt, change.AtUtc);
        Assert.Equal("Withdrawn by the candidate.", change.Justification);
    }

    [Theory]
    [InlineData(ApplicationStage.Appointed)]
    [InlineData(ApplicationStage.NotSelected)]
    [InlineData(ApplicationStage.Ineligible)]
    [InlineData(ApplicationStage.Withdrawn)]
    public void Withdrawing_a_decided_application_is_refused(ApplicationStage final)
    {
        var application = new ApplicationBuilder().AtStage(final).Build();
        var historyBefore = application.History.Count;

        var error = Assert.Throws<DomainRuleException>(() => application.Withdraw(Candidate, MovedAt));

        Assert.Equal("This application is already closed.", error.Message);
        Assert.Equal(final, application.Stage);
        Assert.Equal(historyBefore, application.History.Count);
    }

    [Theory]
    [InlineData(ApplicationStage.Draft)]
    [InlineData(ApplicationStage.Submitted)]
    [InlineData(ApplicationStage.Shortlisted)]
    [InlineData(ApplicationStage.Recommended)]
    [InlineData(ApplicationStage.Withdrawn)]
    public void Feedback_before_the_application_is_decided_is_refused(ApplicationStage stage)
    {
        var application = new ApplicationBuilder().AtStage(stage).Build();

        var error = Assert.Throws<DomainRuleException>(() => application.ReleaseFeedback("Strong field experience.", MovedAt));

        Assert.Equal("Feedback is released once the application is decided.", error.Message);
        Assert.Null(application.Feedback);
    }

    [Theory]
    [InlineData(ApplicationStage.Appointed)]
    [InlineData(ApplicationStage.NotSelected)]
    [InlineData(ApplicationStage.Ineligible)]
    public void Feedback_on_a_decided_application_is_kept_trimmed_with_its_release_time(ApplicationStage final)
    {
        var application = new ApplicationBuilder().AtStage(final).Build();

        application.ReleaseFeedback("  Strong field experience.  ", MovedAt);

        Assert.Equal("Strong field experience.", application.Feedback);
        Assert.Equal(MovedAt, application.FeedbackReleasedAtUtc);
    }

    [Fact]
    public void Blank_feedback_is_refused()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.NotSelected).Build();

        var error = Assert.Throws<DomainRuleException>(() => application.ReleaseFeedback(" ", MovedAt));

        Assert.Equal("Feedback is required.", error.Message);
    }

    [Fact]
    public void Submitting_without_a_statement_for_every_competency_is_refused()
    {
        var application = new ApplicationBuilder().Build();
        application.WriteCompetencyStatement(2, null);

        var error = Assert.Throws<DomainRuleException>(() => application.Submit(ClosesAt.AddDays(-1), ClosesAt, Candidate, ApplicationBuilder.Competencies));

        Assert.Equal("Write a statement for every competency before submitting; 1 still to write.", error.Message);
        Assert.Equal([2], application.CompetenciesWithoutStatement(ApplicationBuilder.Competencies));
        Assert.Equal(ApplicationStage.Draft, application.Stage);
    }

    [Fact]
    public void A_competency_statement_over_300_words_is_refused_and_300_are_accepted()
    {
        var application = new ApplicationBuilder().Build();

        application.WriteCompetencyStatement(1, Words(300));
        var error = Assert.Throws<DomainRuleException>(() => application.WriteCompetencyStatement(1, Words(301)));

        Assert.Equal("A competency statement has 301 words; the limit is 300.", error.Message);
        Assert.Equal(Words(300), application.CompetencyStatements.Single(s => s.CompetencyId == 1).Text);
    }

    [Fact]
    public void Rewriting_a_competency_statement_replaces_it_and_a_blank_one_removes_it()
    {
        var application = new ApplicationBuilder().Build();

        application.WriteCompetencyStatement(1, "  A new account of the situation.  ");
        application.WriteCompetencyStatement(3, "   ");

        Assert.Equal("A new account of the situation.", application.CompetencyStatements.Single(s => s.CompetencyId == 1).Text);
        Assert.DoesNotContain(application.CompetencyStatements, s => s.CompetencyId == 3);
        Assert.Equal(2, application.CompetencyStatements.Count);
    }

    [Fact]
    public void After_submission_the_statements_are_frozen()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.Submitted).Build();

        var vision = Assert.Throws<DomainRuleException>(() => application.WriteStatement("A different vision."));
        var competency = Assert.Throws<DomainRuleException>(() => application.WriteCompetencyStatement(1, "Another story."));

        Assert.Equal("A submitted application cannot be edited.", vision.Message);
        Assert.Equal("A submitted application cannot be edited.", competency.Message);
        Assert.Equal(ApplicationBuilder.DefaultStatement, application.Statement);
    }

    [Fact]
    public void Anonymising_removes_the_candidates_words_but_keeps_stage_and_history()
    {
        var application = new ApplicationBuilder().AtStage(ApplicationStage.NotSelected).Build();
        application.ReleaseFeedback("Thank you.", MovedAt);
        var history = application.History.Count;

        application.Anonymise();

        Assert.Null(application.Statement);
        Assert.Null(application.Feedback);
        Assert.Empty(application.CompetencyStatements);
        Assert.Equal(ApplicationStage.NotSelected, application.Stage);
        Assert.Equal(history, application.History.Count);
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("peace", count));
}
