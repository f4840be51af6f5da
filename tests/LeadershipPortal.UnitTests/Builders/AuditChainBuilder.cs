using LeadershipPortal.Domain.Audit;

namespace LeadershipPortal.UnitTests.Builders;

/// <summary>A chain of events made with <see cref="AuditEvent.Append"/>, as the application would record them.</summary>
public sealed class AuditChainBuilder
{
    public static readonly DateTime FirstAtUtc = new(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc);

    private int _length = 5;

    public AuditChainBuilder WithLength(int length)
    {
        _length = length;
        return this;
    }

    public List<AuditEvent> Build()
    {
        var events = new List<AuditEvent>();
        AuditEvent? previous = null;
        for (var i = 1; i <= _length; i++)
        {
            previous = AuditEvent.Append(
                previous,
                FirstAtUtc.AddMinutes(i),
                "hr-user",
                "StageMoved",
                "CandidateApplication",
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Screening to Assessment, event {i}.");
            events.Add(previous);
        }

        return events;
    }
}
