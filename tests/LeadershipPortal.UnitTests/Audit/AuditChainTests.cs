using System.Reflection;
using LeadershipPortal.Domain.Audit;
using LeadershipPortal.UnitTests.Builders;

namespace LeadershipPortal.UnitTests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void A_chain_built_with_append_verifies()
    {
        var chain = new AuditChainBuilder().WithLength(5).Build();

        var result = AuditChain.Verify(chain);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EventsChecked);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void An_empty_chain_verifies()
    {
        var result = AuditChain.Verify([]);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EventsChecked);
    }

    [Theory]
    [InlineData(nameof(AuditEvent.Details))]
    [InlineData(nameof(AuditEvent.ActorUserId))]
    [InlineData(nameof(AuditEvent.Action))]
    [InlineData(nameof(AuditEvent.EntityType))]
    [InlineData(nameof(AuditEvent.EntityId))]
    public void Altering_a_recorded_field_is_detected_at_that_event(string field)
    {
        var chain = new AuditChainBuilder().WithLength(5).Build();

        SetPrivately(chain[2], field, "tampered");

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EventsChecked);
        Assert.Equal("Event 3 was altered after it was recorded.", result.Problem);
    }

    [Fact]
    public void Altering_the_time_of_an_event_is_detected()
    {
        var chain = new AuditChainBuilder().WithLength(3).Build();

        SetPrivately(chain[0], nameof(AuditEvent.AtUtc), chain[0].AtUtc.AddSeconds(1));

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(1, result.FirstBrokenSequence);
    }

    [Fact]
    public void Altering_an_event_and_recomputing_its_hash_is_detected_at_the_next_event()
    {
        var chain = new AuditChainBuilder().WithLength(4).Build();
        var forged = AuditEvent.Append(chain[0], chain[1].AtUtc, "intruder", "StageMoved", "CandidateApplication", "2", "Forged.");
        chain[1] = forged;

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("Event 3 does not link to the event before it.", result.Problem);
    }

    [Fact]
    public void Removing_an_event_from_the_middle_is_detected_as_missing()
    {
        var chain = new AuditChainBuilder().WithLength(5).Build();

        chain.RemoveAt(2);

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EventsChecked);
        Assert.Equal("Event 3 is missing.", result.Problem);
    }

    [Fact]
    public void Removing_the_first_event_is_detected_as_missing()
    {
        var chain = new AuditChainBuilder().WithLength(3).Build();

        chain.RemoveAt(0);

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("Event 1 is missing.", result.Problem);
    }

    [Fact]
    public void An_event_linked_to_the_wrong_previous_event_is_detected()
    {
        var chain = new AuditChainBuilder().WithLength(3).Build();
        var otherFirst = AuditEvent.Append(null, chain[0].AtUtc, "someone-else", "Login", "User", "u-9", "From another chain.");
        var wronglyLinked = AuditEvent.Append(otherFirst, chain[1].AtUtc, "hr-user", "StageMoved", "CandidateApplication", "2", "Looks normal.");
        chain[1] = wronglyLinked;

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Equal(1, result.EventsChecked);
        Assert.Equal("Event 2 does not link to the event before it.", result.Problem);
    }

    [Fact]
    public void A_previous_hash_changed_after_recording_is_detected()
    {
        var chain = new AuditChainBuilder().WithLength(3).Build();

        SetPrivately(chain[1], nameof(AuditEvent.PreviousHash), AuditEvent.GenesisHash);

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Events_out_of_order_are_detected()
    {
        var chain = new AuditChainBuilder().WithLength(4).Build();

        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChain.Verify(chain);
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Moving_text_across_a_field_boundary_is_detected()
    {
        var recorded = AuditEvent.Append(null, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), "hr-1", "StageMoved", "Application", "42", "Justification:\u001fStrong panel scores.");
        Assert.True(recorded.HashMatchesContent());

        SetPrivately(recorded, nameof(AuditEvent.EntityId), "42\u001fJustification:");
        SetPrivately(recorded, nameof(AuditEvent.Details), "Strong panel scores.");

        Assert.False(recorded.HashMatchesContent());
        Assert.False(AuditChain.Verify([recorded]).IsIntact);
    }

    private static void SetPrivately(AuditEvent e, string property, object value)
    {
        var info = typeof(AuditEvent).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)!;
        info.SetValue(e, value);
    }

    [Fact]
    public void An_event_made_after_a_stale_tail_is_chained_again_after_the_real_tail()
    {
        var at = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var first = AuditEvent.Append(null, at, "u1", "A", "E", "1", "first");
        var concurrent = AuditEvent.Append(first, at, "u2", "B", "E", "2", "written by another writer meanwhile");
        var mine = AuditEvent.Append(first, at, "u3", "C", "E", "3", "made from the stale tail");
        Assert.False(AuditChain.Verify([first, concurrent, mine]).IsIntact);

        mine.ChainAfter(concurrent);

        Assert.Equal(3, mine.Sequence);
        Assert.Equal(concurrent.Hash, mine.PreviousHash);
        Assert.True(AuditChain.Verify([first, concurrent, mine]).IsIntact);
    }
}
