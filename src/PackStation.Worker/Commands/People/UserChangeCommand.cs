using Microsoft.Extensions.DependencyInjection;
using PackStation.Web.Auth;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary>
/// <c>packstation users disable|enable|reset-password NAME</c>: one change to one web account, which ends its
/// sessions. A reset prints the new one-time password on standard output (and nowhere else): hand it to its owner,
/// who must change it at the next login.
/// </summary>
public sealed class UserChangeCommand(string verb, string summary, Func<AccountAdministration, string, string, CancellationToken, Task<AccountOutcome>> change)
    : ICliCommand
{
    public static UserChangeCommand Disable { get; } = new("disable", "disable a web account and end its sessions",
        (accounts, name, actor, ct) => accounts.SetActiveAsync(name, false, actor, ct));

    public static UserChangeCommand Enable { get; } = new("enable", "re-enable a disabled web account",
        (accounts, name, actor, ct) => accounts.SetActiveAsync(name, true, actor, ct));

    public static UserChangeCommand ResetPassword { get; } = new("reset-password",
        "give an account a new one-time password (printed here) and end its sessions; a lost password is recovered so",
        (accounts, name, actor, ct) => accounts.ResetPasswordAsync(name, actor, ct));

    public string Name => "users " + verb;

    public string Usage => $"users {verb} NAME";

    public string Summary => summary;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional is not [var userName])
            throw new CliUsageException("name one user.");
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var outcome = await change(services.GetRequiredService<AccountAdministration>(), userName, PeopleCommandServices.Actor, cancellationToken);
        if (outcome.Account is not { } account)
            return await PeopleCommandServices.FailAsync(context, Name, outcome.Problem!);
        await UsersAddCommand.WriteAsync(context, account, outcome.OneTimePassword);
        return ExitCodes.Ok;
    }
}
