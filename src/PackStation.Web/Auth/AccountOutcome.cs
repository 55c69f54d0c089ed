using PackStation.Domain.Ports;
using PackStation.Packing.Directory;

namespace PackStation.Web.Auth;

/// <summary>
/// What a change to a web account came to: the account as it is now (and the one-time password it was given, for an
/// added account or a reset), or why nothing changed.
/// </summary>
public sealed record AccountOutcome(WebAccount? Account, string? OneTimePassword, PeopleProblem? Problem)
{
    public static AccountOutcome Done(WebAccount account, string? oneTimePassword = null) => new(account, oneTimePassword, null);

    public static AccountOutcome Failed(PeopleProblemKind kind, string message) => new(null, null, new PeopleProblem(kind, message));
}
