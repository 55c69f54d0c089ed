using Microsoft.Extensions.DependencyInjection;
using PackStation.Packing.Directory;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary><c>packstation packers list [--format table|jsonl]</c>: every packer, active or not, with their badge.</summary>
public sealed class PackersListCommand : ICliCommand
{
    public string Name => "packers list";

    public string Usage => "packers list [--format table|jsonl]";

    public string Summary => "list the packers and supervisors with their badges";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = PeopleOutput.Format(arguments);
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var packers = await services.GetRequiredService<PeopleService>().ListAsync(cancellationToken);
        if (format == "table")
            await context.Out.WriteLineAsync(PeopleOutput.PackerHeader);
        foreach (var packer in packers)
            await context.Out.WriteLineAsync(format == "jsonl" ? PeopleOutput.PackerLine(packer) : PeopleOutput.PackerRow(packer));
        await context.Error.WriteLineAsync($"{packers.Count} packers, {packers.Count(p => p.Active)} active");
        return ExitCodes.Ok;
    }
}
