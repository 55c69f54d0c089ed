using System.Globalization;
using System.Runtime.CompilerServices;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Files;

/// <summary>
/// Orders from export files when there is no API access: <c>Shop:Path</c> names one file or a folder of them
/// (.csv with a Taobao/Tmall seller-centre header, the generic header or a <c>Shop:MappingPath</c> mapping; .json or
/// .jsonl). Each pull reads every file again; the store's upsert makes re-imports idempotent (a file's modification
/// time is the orders' update time unless the file says otherwise). Shipment confirmations are appended to
/// <c>shipments.csv</c> beside the files (order, carrier, tracking) for the seller-centre's batch upload.
/// </summary>
public sealed class FileOrderConnector(ShopOptions options) : IShopConnector
{
    public const string ShipmentsFile = "shipments.csv";
    private static readonly SemaphoreSlim ShipmentsLock = new(1, 1);

    public string Shop => options.ShopName;

    public async IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in Files())
        {
            var name = Path.GetFileName(file);
            var content = await ReadFileAsync(file, cancellationToken);
            yield return new OrderPage(content.Orders, content.Rejected.Select(r => r with { File = name }).ToList(), 0,
                Sources: content.Lines.ToDictionary(l => l.Key, l => new OrderSource(name, l.Value), StringComparer.Ordinal));
        }
    }

    public async Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        var wanted = externalIds.ToHashSet(StringComparer.Ordinal);
        var result = new List<Order>();
        foreach (var file in Files())
            result.AddRange((await ReadFileAsync(file, cancellationToken)).Orders.Where(o => wanted.Contains(o.ExternalId)));
        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public async Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        await ShipmentsLock.WaitAsync(cancellationToken);
        try
        {
            if ((await GetShipmentAsync(confirmation.ExternalId, cancellationToken)).HasAll(confirmation.TrackingNumbers))
                return;
            var path = ShipmentsPath();
            var header = File.Exists(path) ? "" : "externalId,carrier,tracking,packedAt\n";
            var line = string.Join(',', confirmation.ExternalId, Quote(confirmation.Carrier ?? options.DefaultCarrier ?? ""),
                Quote(string.Join(' ', confirmation.TrackingNumbers)), confirmation.PackedAt.ToString("O", CultureInfo.InvariantCulture));
            await File.AppendAllTextAsync(path, header + line + "\n", cancellationToken);
        }
        finally
        {
            ShipmentsLock.Release();
        }
    }

    public async Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken)
    {
        var path = ShipmentsPath();
        if (!File.Exists(path))
            return RemoteShipment.NotShipped;
        var numbers = CsvReader.Read(await File.ReadAllTextAsync(path, cancellationToken)).Skip(1)
            .Where(r => r.Fields.Count >= 3 && r.Fields[0] == externalId)
            .SelectMany(r => r.Fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return numbers.Count > 0 ? new RemoteShipment(RemoteShipmentState.Shipped, numbers) : RemoteShipment.NotShipped;
    }

    /// <summary>Reads one order file of any supported kind.</summary>
    public async Task<OrderFileContent> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = OrderFileDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken), out _);
        // Whole seconds: the store keeps milliseconds, and re-reading an unchanged file must compare equal.
        var written = File.GetLastWriteTimeUtc(file);
        var fileTime = new DateTimeOffset(written.Ticks - (written.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".json" or ".jsonl")
            return JsonOrderReader.Read(text, Shop, fileTime);
        var mapping = options.MappingPath is { Length: > 0 } mappingPath ? ColumnMapping.Load(mappingPath)
            : text.Contains("订单编号", StringComparison.Ordinal) ? ColumnMapping.TaobaoExport()
            : ColumnMapping.Generic();
        return CsvOrderReader.Read(text, mapping, Shop, fileTime);
    }

    private IEnumerable<string> Files()
    {
        var path = options.Path ?? throw new ShopApiException(ShopErrorKind.Permanent, "Shop:Path is not set");
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new ShopApiException(ShopErrorKind.Permanent, $"Shop:Path names {path}, which does not exist");
        return Directory.EnumerateFiles(path)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".json" or ".jsonl" && Path.GetFileName(f) != ShipmentsFile)
            .Order(StringComparer.Ordinal);
    }

    private string ShipmentsPath()
    {
        var path = options.Path ?? ".";
        return Path.Combine(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!, ShipmentsFile);
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
