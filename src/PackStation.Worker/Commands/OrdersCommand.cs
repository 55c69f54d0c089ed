using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Shops.Files;
using PackStation.Storage;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation orders [--status S] [--format table|jsonl] [--limit N]</c>: the orders in the store; jsonl prints
/// the order JSON of docs/interfaces.md, one per line.
/// </summary>
public sealed class OrdersCommand : ICliCommand
{
    public string Name => "orders";

    public string Usage => "orders [--status S] [--format table|jsonl] [--limit N]";

    public string Summary => "list the orders in the store";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        OrderStatus? status = arguments.Get("status") is { } text
            ? OrderStatusNames.TryParse(text, out var parsed) ? parsed : throw new CliUsageException($"--status must be ready, in-progress, hold, packed or cancelled, not \"{text}\".")
            : null;
        var format = arguments.GetChoice("format", "table", "jsonl");
        var limit = arguments.GetInt("limit", 1_000_000);
        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationStorage(c), cancellationToken);
        var orders = await services.GetRequiredService<IOrderStore>().ListOrdersAsync(status, limit, cancellationToken);
        if (format == "jsonl")
        {
            foreach (var order in orders)
                await context.Out.WriteLineAsync(OrderJsonWriter.Write(order));
            return ExitCodes.Ok;
        }

        await context.Out.WriteLineAsync($"{"ID",-22} {"STATUS",-11} {"SHOP",-10} {"CREATED",-25} {"SHIP BY",-25} {"UNITS",5}  RECIPIENT / HOLD");
        foreach (var o in orders)
        {
            var shipBy = o.ShipBy is { } s ? OrderJsonWriter.Time(s) : "-";
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{o.Id,-22} {o.Status.ToText(),-11} {o.Shop,-10} {OrderJsonWriter.Time(o.CreatedAt),-25} {shipBy,-25} {o.TotalUnits,5}  {o.Recipient.Name} {o.HoldReason}"));
        }

        await context.Error.WriteLineAsync($"{orders.Count} orders");
        return ExitCodes.Ok;
    }
}
