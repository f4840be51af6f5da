using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Dossiers;

namespace LeadershipPortal.UnitTests.Dossiers;

public sealed class DossierRequestTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void A_new_request_is_queued_with_no_attempts()
    {
        var request = new DossierRequest(DossierKind.Candidate, 7, "hr", Now);
        Assert.Equal(DossierStatus.Queued, request.Status);
        Assert.Equal(0, request.Attempts);
        Assert.Equal("en", request.Language);
    }

    [Fact]
    public void Starting_counts_an_attempt_and_completing_records_the_file()
    {
        var request = new DossierRequest(DossierKind.Vacancy, 3, "hr", Now);
        request.Start(Now);
        request.Complete("dossier-00000001.pdf", 1200, 4, Hash.ToUpperInvariant(), Now.AddSeconds(2));

        Assert.Equal(DossierStatus.Ready, request.Status);
        Assert.Equal(1, request.Attempts);
        Assert.Equal(Hash, request.Sha256);
        Assert.True(request.IsSettled);
        Assert.Throws<DomainRuleException>(() => request.Start(Now));
    }

    [Fact]
    public void A_failed_request_may_be_retried_and_the_retry_clears_the_reason()
    {
        var request = new DossierRequest(DossierKind.Candidate, 7, "hr", Now);
        request.Start(Now);
        request.Fail("Boom", Now);
        Assert.Equal(DossierStatus.Failed, request.Status);
        Assert.Equal("Boom", request.FailureReason);

        request.Start(Now);
        Assert.Equal(DossierStatus.Running, request.Status);
        Assert.Equal(2, request.Attempts);
        Assert.Null(request.FailureReason);
    }

    [Fact]
    public void Only_a_queued_request_can_be_cancelled_and_a_cancelled_one_is_never_started()
    {
        var running = new DossierRequest(DossierKind.Candidate, 7, "hr", Now);
        running.Start(Now);
        Assert.Throws<DomainRuleException>(() => running.Cancel(Now));

        var queued = new DossierRequest(DossierKind.Candidate, 7, "hr", Now);
        queued.Cancel(Now);
        Assert.Equal(DossierStatus.Cancelled, queued.Status);
        Assert.Throws<DomainRuleException>(() => queued.Start(Now));
    }

    [Fact]
    public void A_long_failure_reason_is_cut_to_the_column_length()
    {
        var request = new DossierRequest(DossierKind.Candidate, 7, "hr", Now);
        request.Start(Now);
        request.Fail(new string('x', 2000), Now);
        Assert.Equal(DossierRequest.MaxFailureReasonLength, request.FailureReason!.Length);
    }

    [Fact]
    public void Regenerating_makes_a_new_queued_request_for_the_same_target_but_not_while_one_is_in_progress()
    {
        var request = new DossierRequest(DossierKind.Vacancy, 3, "hr", Now);
        Assert.Throws<DomainRuleException>(() => request.Regenerate("hr2", Now));
        request.Cancel(Now);

        var next = request.Regenerate("hr2", Now.AddMinutes(1));
        Assert.Equal((DossierKind.Vacancy, 3, DossierStatus.Queued, "hr2"), (next.Kind, next.TargetId, next.Status, next.RequestedByUserId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_request_needs_a_target(int targetId) =>
        Assert.Throws<DomainRuleException>(() => new DossierRequest(DossierKind.Candidate, targetId, "hr", Now));
}
