namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real clock, shifted by an offset a test may set (and must reset), so that deadlines can be crossed
/// without waiting. Time keeps flowing, so sign-in cookies and tokens behave as they do in production.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock; disposing the result moves it back.</summary>
    public IDisposable Shift(TimeSpan by)
    {
        Offset += by;
        return new Restore(this, by);
    }

    private sealed class Restore(TestClock clock, TimeSpan by) : IDisposable
    {
        public void Dispose() => clock.Offset -= by;
    }
}
