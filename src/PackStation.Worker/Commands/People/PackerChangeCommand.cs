using Microsoft.Extensions.DependencyInjection;
using PackStation.Packing.Directory;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary><c>packstation packers disable|enable|reissue-badge ID</c>: one change to one packer; prints the packer as it is now.</summary>
public sealed class PackerChangeCommand(string verb, string summary, Func<PeopleService, string, string, CancellationToken, Task<PackerOutcome>> change)
    : ICliCommand
{
    public static PackerChangeCommand Disable { get; } = new("disable",
        "disable a packer: the badge is refused; a station logged in as them logs out after its order",
        (people, id, actor, ct) => people.SetActiveAsync(id, false, actor, ct));

    public static PackerChangeCommand Enable { get; } = new("enable", "re-enable a disabled packer (the same badge works again)",
        (people, id, actor, ct) => people.SetActiveAsync(id, true, actor, ct));

    public static PackerChangeCommand ReissueBadge { get; } = new("reissue-badge", "give a packer a new badge; the old one is refused at once",
        (people, id, actor, ct) => people.ReissueBadgeAsync(id, actor, ct));

    public string Name => "packers " + verb;

    public string Usage => $"packers {verb} ID [--format table|jsonl]";

    public string Summary => summary;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional is not [var id])
            throw new CliUsageException("name one packer id.");
        PeopleOutput.Format(arguments);
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var outcome = await change(services.GetRequiredService<PeopleService>(), id, PeopleCommandServices.Actor, cancellationToken);
        if (outcome.Packer is not { } packer)
            return await PeopleCommandServices.FailAsync(context, Name, outcome.Problem!);
        await PeopleOutput.WritePackerAsync(context, arguments, packer);
        return ExitCodes.Ok;
    }
}
