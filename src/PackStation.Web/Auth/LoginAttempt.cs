namespace PackStation.Web.Auth;

/// <summary>
/// One login's reserved password check (see <see cref="LoginThrottle.TryBegin"/>): end it with <see cref="Failed"/>
/// or <see cref="Succeeded"/>; disposing it without either gives the check back.
/// </summary>
public sealed class LoginAttempt : IDisposable
{
    private readonly LoginThrottle _throttle;
    private readonly string _pairKey;
    private readonly string _addressKey;
    private bool _ended;

    internal LoginAttempt(LoginThrottle throttle, string pairKey, string addressKey)
    {
        _throttle = throttle;
        _pairKey = pairKey;
        _addressKey = addressKey;
    }

    /// <summary>Counts the failure. <paramref name="knownAccount"/>: the name is an account's, so it may be logged.</summary>
    public void Failed(bool knownAccount) => End(() => _throttle.CountFailure(_pairKey, _addressKey, knownAccount));

    /// <summary>The password was right: this name's failures at this address are forgotten.</summary>
    public void Succeeded() => End(() => _throttle.CountSuccess(_pairKey, _addressKey));

    public void Dispose() => End(() => _throttle.Release(_pairKey, _addressKey));

    private void End(Action action)
    {
        if (_ended)
            return;
        _ended = true;
        action();
    }
}
