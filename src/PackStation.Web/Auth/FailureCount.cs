namespace PackStation.Web.Auth;

/// <summary>Failed logins of one user name or one address, and until when it is locked. Thread-safe.</summary>
internal sealed class FailureCount
{
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset _lastFailure;
    private DateTimeOffset _lockedUntil;

    public DateTimeOffset? LockedUntil(DateTimeOffset now)
    {
        lock (_lock)
            return _lockedUntil > now ? _lockedUntil : null;
    }

    /// <summary>Counts a failure; returns the lockout it starts, if any (the first at the limit, then doubling).</summary>
    public TimeSpan? Fail(DateTimeOffset now, int limit, LoginThrottleOptions options)
    {
        lock (_lock)
        {
            if (now - _lastFailure > options.FailureWindow && _lockedUntil <= now)
                _failures = 0;
            _failures++;
            _lastFailure = now;
            if (_failures < limit)
                return null;
            var doublings = Math.Min(_failures - limit, 20);
            var lockout = TimeSpan.FromTicks(Math.Min(options.FirstLockout.Ticks * (1L << doublings), options.MaxLockout.Ticks));
            _lockedUntil = now + lockout;
            return lockout;
        }
    }

    public bool IsStale(DateTimeOffset now, TimeSpan window)
    {
        lock (_lock)
            return _lockedUntil <= now && now - _lastFailure > window;
    }
}
