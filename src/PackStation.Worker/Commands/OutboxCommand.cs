using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary><c>packstation outbox [--format table|jsonl] [--state S]</c>: shipment confirmations and their delivery state.</summary>
public sealed class OutboxCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "outbox";

    public string Usage => "outbox [--format table|jsonl] [--state pending|delivered|parked]";

    public string Summary => "shipment confirmations and their delivery state";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var format = arguments.GetChoice("format", "table", "jsonl");
        ConfirmationState? state = arguments.Get("state") is { } text
            ? Enum.TryParse<ConfirmationState>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
                ? parsed
                : throw new CliUsageException($"--state must be pending, delivered or parked, not \"{text}\".")
            : null;
        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationStorage(c), cancellationToken);
        var list = await services.GetRequiredService<IOutboxStore>().ListAsync(state, 1_000_000, cancellationToken);
        if (format == "jsonl")
        {
            foreach (var c in list)
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    c.Id, c.OrderId, c.Shop, c.ExternalId, c.Carrier, c.TrackingNumbers, c.PackedAt,
                    State = c.State.ToString().ToLowerInvariant(), c.Attempts, c.NextAttemptAt, c.DeliveredAt, c.LastError,
                }, Json));
            }

            return ExitCodes.Ok;
        }

        await context.Out.WriteLineAsync($"{"ID",6} {"ORDER",-22} {"STATE",-9} {"TRIES",5} {"CARRIER",-8} {"TRACKING",-24} LAST ERROR / DELIVERED");
        foreach (var c in list)
        {
            var note = c.State == ConfirmationState.Delivered ? c.DeliveredAt?.ToString("O", CultureInfo.InvariantCulture) : c.LastError;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{c.Id,6} {c.OrderId,-22} {c.State.ToString().ToLowerInvariant(),-9} {c.Attempts,5} {c.Carrier ?? "-",-8} {string.Join(' ', c.TrackingNumbers),-24} {note}"));
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{list.Count} confirmations: {list.Count(c => c.State == ConfirmationState.Pending)} pending, {list.Count(c => c.State == ConfirmationState.Delivered)} delivered, {list.Count(c => c.State == ConfirmationState.Parked)} parked"));
        return ExitCodes.Ok;
    }
}
