using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Web.Auth;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary>
/// <c>packstation users add NAME [--role supervisor|viewer]</c>: a web account with a one-time password, printed on
/// standard output only (never logged); it must be changed at the first login before the account can change anything.
/// </summary>
public sealed class UsersAddCommand : ICliCommand
{
    public string Name => "users add";

    public string Usage => "users add NAME [--role supervisor|viewer]";

    public string Summary => "add a web account (default supervisor) with a one-time password, printed here";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional is not [var userName])
            throw new CliUsageException("name one user.");
        var role = arguments.Get("role") ?? WebRoles.Supervisor;
        if (!WebRoles.IsKnown(role))
            throw new CliUsageException($"--role must be {WebRoles.Supervisor} or {WebRoles.Viewer}, not \"{role}\".");
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var outcome = await services.GetRequiredService<AccountAdministration>().AddAsync(userName, role, PeopleCommandServices.Actor, cancellationToken);
        if (outcome.Account is not { } account)
            return await PeopleCommandServices.FailAsync(context, Name, outcome.Problem!);
        await WriteAsync(context, account, outcome.OneTimePassword);
        return ExitCodes.Ok;
    }

    internal static async Task WriteAsync(CliContext context, WebAccount account, string? oneTimePassword)
    {
        await context.Out.WriteLineAsync(PeopleOutput.AccountHeader);
        await context.Out.WriteLineAsync(PeopleOutput.AccountRow(account));
        if (oneTimePassword is null)
            return;
        await context.Out.WriteLineAsync($"one-time password: {oneTimePassword}");
        await context.Error.WriteLineAsync($"Give it to {account.UserName}: it must be changed at the first login at /login.");
    }
}
