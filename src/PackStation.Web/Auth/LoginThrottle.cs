using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PackStation.Web.Auth;

/// <summary>
/// Counts failed logins per user name and per client address and locks either for a growing time (see
/// <see cref="LoginThrottleOptions"/>). A locked login is refused before its password is checked. Nothing is shared
/// between names and addresses, so one account under attack never slows another's login.
/// </summary>
public sealed partial class LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock, ILogger<LoginThrottle> logger)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, FailureCount> _counts = new(StringComparer.Ordinal);

    /// <summary>How long the login of <paramref name="userName"/> from <paramref name="address"/> stays refused; null when it may try.</summary>
    public TimeSpan? RetryAfter(string userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(userName, address))
        {
            if (_counts.TryGetValue(key, out var count) && count.LockedUntil(now) is { } until && until - now > wait)
                wait = until - now;
        }

        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failed login. The user name is logged only when it is an account's (a password typed into the name field stays out of the log).</summary>
    public void Failed(string userName, IPAddress? address, bool knownAccount)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        if (_counts.Count > PruneAbove)
            Prune(now);
        var (account, client) = (AccountKey(userName), AddressKey(address));
        foreach (var (key, limit) in new[] { (account, o.AccountFailures), (client, o.AddressFailures) })
        {
            var locked = _counts.GetOrAdd(key, _ => new FailureCount()).Fail(now, limit, o);
            if (locked is { } lockout)
                LogLocked(key == account ? "user name" : "address", key == client || knownAccount ? key[2..] : "(no such account)", (int)Math.Ceiling(lockout.TotalSeconds));
        }
    }

    public void Succeeded(string userName) => _counts.TryRemove(AccountKey(userName), out _);

    private static string AccountKey(string userName) => "u:" + userName.Trim().ToUpperInvariant();

    private static string AddressKey(IPAddress? address) =>
        "a:" + (address is null ? "unknown" : address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString());

    private static string[] Keys(string userName, IPAddress? address) => [AccountKey(userName), AddressKey(address)];

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
