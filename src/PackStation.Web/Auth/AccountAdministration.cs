using Microsoft.Extensions.Logging;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Packing.Directory;

namespace PackStation.Web.Auth;

/// <summary>
/// Adds web accounts, disables and re-enables them, resets and changes passwords: for the dashboard's API and for
/// <c>packstation users</c> (which works when nobody can log in). An added or reset account gets a one-time password
/// that must be changed at its next login before it can change anything. Every change is a <see cref="PeopleEvent"/>
/// and ends the account's sessions; the last active supervisor cannot be disabled. One-time passwords are returned to
/// the caller only, never logged.
/// </summary>
public sealed partial class AccountAdministration(IAccountStore accounts, PasswordService passwords, TimeProvider clock,
    ILogger<AccountAdministration> logger)
{
    public const int MaxUserNameLength = 64;

    public Task<IReadOnlyList<WebAccount>> ListAsync(CancellationToken cancellationToken) => accounts.ListAccountsAsync(cancellationToken);

    public async Task<AccountOutcome> AddAsync(string userName, string role, string actor, CancellationToken cancellationToken)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length is 0 or > MaxUserNameLength || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return AccountOutcome.Failed(PeopleProblemKind.Invalid, $"a user name has 1-{MaxUserNameLength} characters and no spaces");
        if (!WebRoles.IsKnown(role))
            return AccountOutcome.Failed(PeopleProblemKind.Invalid, $"the role must be {WebRoles.Supervisor} or {WebRoles.Viewer}, not \"{role}\"");
        var password = PasswordService.OneTimePassword();
        var account = new WebAccount(name, passwords.Hash(name, password), role, true, clock.GetUtcNow());
        if (!await accounts.CreateAccountAsync(account, Event(actor, name, PeopleAction.Added, role), cancellationToken))
            return AccountOutcome.Failed(PeopleProblemKind.Conflict, $"the user name {name} is taken");
        LogChanged(name, PeopleAction.Added, actor);
        return AccountOutcome.Done((await accounts.FindAccountAsync(name, cancellationToken))!, password);
    }

    /// <summary>Gives the account a new one-time password (it must be changed at the next login) and ends its sessions.</summary>
    public async Task<AccountOutcome> ResetPasswordAsync(string userName, string actor, CancellationToken cancellationToken)
    {
        if (await accounts.FindAccountAsync(userName, cancellationToken) is not { } account)
            return NotFound(userName);
        var password = PasswordService.OneTimePassword();
        await accounts.SetPasswordAsync(account.UserName, passwords.Hash(account.UserName, password), true,
            Event(actor, account.UserName, PeopleAction.PasswordReset, null), cancellationToken);
        LogChanged(account.UserName, PeopleAction.PasswordReset, actor);
        return AccountOutcome.Done((await accounts.FindAccountAsync(account.UserName, cancellationToken))!, password);
    }

    /// <summary>Sets the account's own new password (the caller checked the current one) and ends its other sessions.</summary>
    public async Task<AccountOutcome> ChangePasswordAsync(WebAccount account, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (newPassword is null || newPassword.Length < PasswordService.MinimumLength || passwords.Verify(account, newPassword))
            return AccountOutcome.Failed(PeopleProblemKind.Invalid,
                $"the new password needs at least {PasswordService.MinimumLength} characters and must differ from the old one");
        var actor = "web:" + account.UserName;
        await accounts.SetPasswordAsync(account.UserName, passwords.Hash(account.UserName, newPassword), false,
            Event(actor, account.UserName, PeopleAction.PasswordChanged, null), cancellationToken);
        LogChanged(account.UserName, PeopleAction.PasswordChanged, actor);
        return await accounts.FindAccountAsync(account.UserName, cancellationToken) is { } changed ? AccountOutcome.Done(changed) : NotFound(account.UserName);
    }

    /// <summary>Disables (its sessions end, it cannot log in) or re-enables an account.</summary>
    public async Task<AccountOutcome> SetActiveAsync(string userName, bool active, string actor, CancellationToken cancellationToken)
    {
        if (await accounts.FindAccountAsync(userName, cancellationToken) is not { } account)
            return NotFound(userName);
        if (account.Active == active)
            return AccountOutcome.Done(account);
        if (!active && actor == "web:" + account.UserName)
            return AccountOutcome.Failed(PeopleProblemKind.Conflict, "you cannot disable your own account");
        if (!active && account.Role == WebRoles.Supervisor
            && (await accounts.ListAccountsAsync(cancellationToken)).Count(a => a.Active && a.Role == WebRoles.Supervisor) <= 1)
            return AccountOutcome.Failed(PeopleProblemKind.Conflict, $"{account.UserName} is the last active supervisor: add another one first");
        await accounts.SetActiveAsync(account.UserName, active, Event(actor, account.UserName, active ? PeopleAction.Enabled : PeopleAction.Disabled, null),
            cancellationToken);
        LogChanged(account.UserName, active ? PeopleAction.Enabled : PeopleAction.Disabled, actor);
        return AccountOutcome.Done((await accounts.FindAccountAsync(account.UserName, cancellationToken))!);
    }

    private static AccountOutcome NotFound(string userName) => AccountOutcome.Failed(PeopleProblemKind.NotFound, $"there is no account {userName}");

    private PeopleEvent Event(string actor, string userName, PeopleAction action, string? detail) =>
        new(clock.GetUtcNow(), actor, PeopleSubject.Account, userName, action, detail);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Web account {UserName}: {Action} by {Actor}")]
    private partial void LogChanged(string userName, PeopleAction action, string actor);
}
