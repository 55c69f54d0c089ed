using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Packers;
using PackStation.Packing.Directory;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary><c>packstation packers add NAME [--id ID] [--role packer|supervisor]</c>: enrols one packer with a new badge.</summary>
public sealed class PackersAddCommand : ICliCommand
{
    public string Name => "packers add";

    public string Usage => "packers add NAME [--id ID] [--role packer|supervisor] [--format table|jsonl]";

    public string Summary => "enrol a packer with a new badge (without --id: the next P-number)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var name = arguments.Get("name") ?? (arguments.Positional.Count > 0 ? string.Join(' ', arguments.Positional) : null)
            ?? throw new CliUsageException("give the packer's name.");
        if (!PackerRules.TryParseRole(arguments.Get("role"), out var role))
            throw new CliUsageException($"--role must be packer or supervisor, not \"{arguments.Get("role")}\".");
        PeopleOutput.Format(arguments);
        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var outcome = await services.GetRequiredService<PeopleService>().AddAsync(arguments.Get("id"), name, role, PeopleCommandServices.Actor, cancellationToken);
        if (outcome.Packer is not { } packer)
            return await PeopleCommandServices.FailAsync(context, Name, outcome.Problem!);
        await PeopleOutput.WritePackerAsync(context, arguments, packer);
        return ExitCodes.Ok;
    }
}
