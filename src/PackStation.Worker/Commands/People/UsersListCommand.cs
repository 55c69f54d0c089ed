using Microsoft.Extensions.DependencyInjection;
using PackStation.Web.Auth;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary><c>packstation users list [--format table|jsonl]</c>: every web account, active or not.</summary>
public sealed class UsersListCommand : ICliCommand
{
    public string Name => "users list";

    public string Usage => "users list [--format table|jsonl]";

    public string Summary => "list the web accounts (supervisors and viewers)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = PeopleOutput.Format(arguments);
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var accounts = await services.GetRequiredService<AccountAdministration>().ListAsync(cancellationToken);
        if (format == "table")
            await context.Out.WriteLineAsync(PeopleOutput.AccountHeader);
        foreach (var account in accounts)
            await context.Out.WriteLineAsync(format == "jsonl" ? PeopleOutput.AccountLine(account) : PeopleOutput.AccountRow(account));
        await context.Error.WriteLineAsync($"{accounts.Count} accounts, {accounts.Count(a => a.Active)} active");
        return ExitCodes.Ok;
    }
}
