using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.UnitTests.Audit;

public sealed class AuditEventTests
{
    private static readonly DateTime At = new(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_first_event_is_number_1_and_links_to_the_genesis_hash()
    {
        var first = AuditEvent.Append(null, At, "admin", "RoleGranted", "User", "u-1", "HR");

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditEvent.GenesisHash, first.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.True(first.HashMatchesContent());
    }

    [Fact]
    public void The_next_event_follows_the_previous_one_and_carries_its_hash()
    {
        var first = AuditEvent.Append(null, At, "admin", "RoleGranted", "User", "u-1", "HR");

        var second = AuditEvent.Append(first, At.AddMinutes(1), "admin", "RoleRevoked", "User", "u-1", "HR");

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void The_same_content_always_gives_the_same_hash()
    {
        var one = AuditEvent.Append(null, At, "admin", "Download", "Dossier", "9", "sha256:abc");
        var two = AuditEvent.Append(null, At, "admin", "Download", "Dossier", "9", "sha256:abc");

        Assert.Equal(one.Hash, two.Hash);
    }

    [Fact]
    public void A_different_detail_gives_a_different_hash()
    {
        var one = AuditEvent.Append(null, At, "admin", "Download", "Dossier", "9", "sha256:abc");
        var two = AuditEvent.Append(null, At, "admin", "Download", "Dossier", "9", "sha256:abd");

        Assert.NotEqual(one.Hash, two.Hash);
    }

    [Fact]
    public void A_time_of_unspecified_kind_is_taken_as_utc_and_hashes_like_the_utc_time()
    {
        var unspecified = DateTime.SpecifyKind(At, DateTimeKind.Unspecified);

        var fromUnspecified = AuditEvent.Append(null, unspecified, "admin", "Download", "Dossier", "9", "x");
        var fromUtc = AuditEvent.Append(null, At, "admin", "Download", "Dossier", "9", "x");

        Assert.Equal(DateTimeKind.Utc, fromUnspecified.AtUtc.Kind);
        Assert.Equal(At.Ticks, fromUnspecified.AtUtc.Ticks);
        Assert.Equal(fromUtc.Hash, fromUnspecified.Hash);
    }

    [Fact]
    public void A_local_time_is_converted_to_utc()
    {
        var local = At.ToLocalTime();

        var e = AuditEvent.Append(null, local, "admin", "Download", "Dossier", "9", "x");

        Assert.Equal(DateTimeKind.Utc, e.AtUtc.Kind);
        Assert.Equal(At, e.AtUtc);
    }

    [Theory]
    [InlineData("", "User", "Action is required.")]
    [InlineData("RoleGranted", " ", "Entity type is required.")]
    public void An_event_needs_an_action_and_an_entity_type(string action, string entityType, string message)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            AuditEvent.Append(null, At, "admin", action, entityType, "u-1", "HR"));

        Assert.Equal(message, error.Message);
    }
}
