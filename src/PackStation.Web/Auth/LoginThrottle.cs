using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PackStation.Web.Auth;

/// <summary>
/// Limits failed logins per user name <em>at</em> one client address, and per address (see
/// <see cref="LoginThrottleOptions"/>): a stranger guessing a supervisor's password locks that name at the stranger's
/// address only, so the supervisor logs in from the site's own PC as usual. A password check is reserved before it
/// runs (<see cref="TryBegin"/>), so a burst of parallel requests gets no more checks than the limit; a locked login is
/// refused before its password is checked.
/// </summary>
public sealed partial class LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock, ILogger<LoginThrottle> logger)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, FailureCount> _counts = new(StringComparer.Ordinal);

    /// <summary>Reserves a password check for this login, or returns null with how long it must wait.</summary>
    public LoginAttempt? TryBegin(string userName, IPAddress? address, out TimeSpan retryAfter)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        if (_counts.Count > PruneAbove)
            Prune(now);
        var (pair, client) = (PairKey(userName, address), AddressKey(address));
        var pairCount = _counts.GetOrAdd(pair, _ => new FailureCount());
        var addressCount = _counts.GetOrAdd(client, _ => new FailureCount());
        if (pairCount.TryReserve(now, o.AccountFailures, o) is { } pairWait)
        {
            retryAfter = pairWait;
            return null;
        }

        if (addressCount.TryReserve(now, o.AddressFailures, o) is { } addressWait)
        {
            pairCount.Release();
            retryAfter = addressWait;
            return null;
        }

        retryAfter = TimeSpan.Zero;
        return new LoginAttempt(this, pair, client);
    }

    internal void CountFailure(string pair, string client, bool knownAccount)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        if (Count(pair).Fail(now, o.AccountFailures, o) is { } pairLockout)
        {
            var split = pair.IndexOf("|a:", StringComparison.Ordinal);
            var name = knownAccount ? pair[2..split] : "(no such account)";
            LogLocked("user name", $"{name} from {pair[(split + 3)..]}", Seconds(pairLockout));
        }

        if (Count(client).Fail(now, o.AddressFailures, o) is { } addressLockout)
            LogLocked("address", client[2..], Seconds(addressLockout));
    }

    internal void CountSuccess(string pair, string client)
    {
        _counts.TryRemove(pair, out _);
        Count(client).Release();
    }

    internal void Release(string pair, string client)
    {
        Count(pair).Release();
        Count(client).Release();
    }

    private FailureCount Count(string key) => _counts.GetOrAdd(key, _ => new FailureCount());

    private static int Seconds(TimeSpan span) => (int)Math.Ceiling(span.TotalSeconds);

    private static string PairKey(string userName, IPAddress? address) => "u:" + userName.Trim().ToUpperInvariant() + "|" + AddressKey(address);

    private static string AddressKey(IPAddress? address) =>
        "a:" + (address is null ? "unknown" : address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString());

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, count) in _counts)
        {
            if (count.IsStale(now, options.Value.FailureWindow))
                _counts.TryRemove(key, out _);
        }
    }

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Too many failed logins for the {Kind} {Who}: locked for {Seconds} s")]
    private partial void LogLocked(string kind, string who, int seconds);
}
