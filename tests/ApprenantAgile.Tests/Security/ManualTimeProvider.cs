namespace ApprenantAgile.Tests.Security;

/// <summary>
/// A clock that starts at the real current time and moves only when a test calls <see cref="Advance"/>.
/// Registered in place of TimeProvider.System to test expiry without waiting.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now += delta;
        }
    }
}
