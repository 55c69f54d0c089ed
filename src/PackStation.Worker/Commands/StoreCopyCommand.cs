using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PackStation.Storage;
using PackStation.Storage.Copy;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation store copy --to "Host=…;Database=…;Username=…;Password=…"</c>: copies the configured SQLite store
/// (the service may keep running) into an empty PostgreSQL database, then compares the row counts of every table.
/// </summary>
public sealed class StoreCopyCommand : ICliCommand
{
    public string Name => "store copy";

    public string Usage => "store copy --to \"Host=…;Port=5432;Database=…;Username=…;Password=…\"";

    public string Summary => "copy this site's SQLite store into an empty PostgreSQL database (moving to several PCs)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var to = arguments.Get("to") is { Length: > 0 } given ? given : throw new CliUsageException("store copy needs --to \"<PostgreSQL connection string>\".");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(to);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException($"--to is not a PostgreSQL (Npgsql) connection string: {e.Message}");
        }

        // Both stores are checked and migrated before the copy: the source as the service opens it, the target empty.
        await using var source = await CommandServices.BuildAsync(context.Configuration, (s, c) => s.AddPackStationStorage(c), cancellationToken);
        var options = source.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (options.Provider != StoreProvider.Sqlite)
            throw new CliUsageException($"store copy copies a SQLite store; this one is configured with Store:Provider={options.Provider}.");

        await StoreCopy.EnsureNoForeignTablesAsync(to, cancellationToken);
        var target = new Dictionary<string, string?> { ["Store:Provider"] = nameof(StoreProvider.Postgres), ["Store:ConnectionString"] = to };
        var migrated = await CommandServices.BuildAsync(context.Configuration, (s, c) => s.AddPackStationStorage(c), cancellationToken, target);
        await migrated.DisposeAsync(); // the copy opens connections of its own

        var tables = await StoreCopy.CopyAsync(options.ConnectionString, to, context.Error, cancellationToken);
        foreach (var table in tables)
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table.Name,-22} {table.Rows,10}"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"copied {tables.Sum(t => t.Rows)} rows in {tables.Count} tables; the counts match."));
        await context.Out.WriteLineAsync("Point the hosts at the new store with Store:Provider=Postgres and Store:ConnectionString.");
        return ExitCodes.Ok;
    }
}
