namespace PackStation.Web.Auth;

/// <summary>
/// Failed logins of one key (a user name at an address, or an address), the checks in flight, and until when the key
/// is locked. Thread-safe: a check is reserved before the password is verified, so parallel requests cannot run more
/// checks than the limit allows.
/// </summary>
internal sealed class FailureCount
{
    private readonly Lock _lock = new();
    private int _failures;
    private int _pending;
    private DateTimeOffset _lastFailure;
    private DateTimeOffset _lockedUntil;

    /// <summary>Reserves one password check; returns how long to wait instead when the key is locked or its checks are all taken.</summary>
    public TimeSpan? TryReserve(DateTimeOffset now, int limit, LoginThrottleOptions options)
    {
        lock (_lock)
        {
            if (_lockedUntil > now)
                return _lockedUntil - now;
            Forget(now, options);
            // Up to the limit, as many checks as failures are left; after a lockout ends, one at a time.
            if (_pending >= Math.Max(1, limit - _failures))
                return BusyWait;
            _pending++;
            return null;
        }
    }

    /// <summary>Gives back a reserved check that did not fail (the login succeeded, or it did not get as far).</summary>
    public void Release()
    {
        lock (_lock)
            _pending = Math.Max(0, _pending - 1);
    }

    /// <summary>Counts a failed reserved check; returns the lockout it starts, if any (the first at the limit, then doubling).</summary>
    public TimeSpan? Fail(DateTimeOffset now, int limit, LoginThrottleOptions options)
    {
        lock (_lock)
        {
            _pending = Math.Max(0, _pending - 1);
            Forget(now, options);
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
            return _pending == 0 && _lockedUntil <= now && now - _lastFailure > window;
    }

    /// <summary>What a request waits when the key is not locked yet but every check it may have is in flight.</summary>
    private static TimeSpan BusyWait => TimeSpan.FromSeconds(1);

    private void Forget(DateTimeOffset now, LoginThrottleOptions options)
    {
        if (now - _lastFailure > options.FailureWindow && _lockedUntil <= now)
            _failures = 0;
    }
}
