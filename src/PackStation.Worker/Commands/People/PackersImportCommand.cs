using Microsoft.Extensions.DependencyInjection;
using PackStation.Packing.Directory;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary>
/// <c>packstation packers import FILE</c>: enrols a staff list (CSV in UTF-8 or GB18030; see docs/operations.md). The
/// packers added are printed with their badges; each refused line is named on standard error and the others are
/// imported. Exit 0 when every line was taken, 7 when some were refused. <c>-</c> reads the list from standard input
/// (<c>sudo packstation packers import - &lt; staff.csv</c>: the service's user need not be able to open the file).
/// </summary>
public sealed class PackersImportCommand : ICliCommand
{
    public string Name => "packers import";

    public string Usage => "packers import FILE|- [--format table|jsonl]";

    public string Summary => "enrol a staff list (CSV, UTF-8 or GB18030; refused lines are named, the rest imported)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional is not [var path])
            throw new CliUsageException("name one staff list (CSV).");
        var format = PeopleOutput.Format(arguments);
        byte[] file;
        try
        {
            file = path == "-" ? await ReadStandardInputAsync(cancellationToken) : await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"packstation {Name}: cannot read {path}: {e.Message}");
            return ExitCodes.Invalid;
        }

        await using var services = await PeopleCommandServices.BuildAsync(context, cancellationToken);
        var result = await services.GetRequiredService<StaffImporter>().ImportAsync(file, PeopleCommandServices.Actor, cancellationToken);
        if (format == "table" && result.Added.Count > 0)
            await context.Out.WriteLineAsync(PeopleOutput.PackerHeader);
        foreach (var packer in result.Added)
            await context.Out.WriteLineAsync(format == "jsonl" ? PeopleOutput.PackerLine(packer) : PeopleOutput.PackerRow(packer));
        foreach (var error in result.Errors)
            await context.Error.WriteLineAsync($"{path}:{error.Line}: {error.Message}");
        await context.Error.WriteLineAsync(
            $"{result.Added.Count} added, {result.Updated.Count} changed, {result.Unchanged} unchanged, {result.Errors.Count} lines refused");
        return result.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static async Task<byte[]> ReadStandardInputAsync(CancellationToken cancellationToken)
    {
        await using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
