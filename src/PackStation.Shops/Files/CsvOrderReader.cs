using System.Globalization;
using System.Text.RegularExpressions;
using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Files;

/// <summary>
/// Turns CSV rows into orders through a <see cref="ColumnMapping"/>. Every refused row is reported with its line; an
/// order with any refused row is refused whole, so no order is imported with lines missing. A row with more cells
/// than the header (a quote that joined rows) and a quote never closed are refused, never read as something else.
/// </summary>
public static partial class CsvOrderReader
{
    public static OrderFileContent Read(string text, ColumnMapping mapping, string shop, DateTimeOffset fileTime)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var records = CsvReader.Read(text, mapping.Delimiter.Length == 1 ? mapping.Delimiter[0] : ',').ToList();
        var rejected = new List<RejectedOrder>();
        if (records.Count == 0)
            return new OrderFileContent([], rejected, []);
        if (records[0].Problem is { } broken)
        {
            rejected.Add(new RejectedOrder(null, "the header: " + broken, records[0].Line));
            return new OrderFileContent([], rejected, []);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, column) in mapping.Columns)
        {
            var at = header.IndexOf(column);
            if (at >= 0)
                index[field] = at;
        }

        var missing = ColumnMapping.RequiredFields.Where(f => !index.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            rejected.Add(new RejectedOrder(null, $"the header has no column {string.Join(", ", missing.Select(f => $"\"{mapping.Columns.GetValueOrDefault(f, f)}\""))}", records[0].Line));
            return new OrderFileContent([], rejected, []);
        }

        var rows = new Dictionary<string, List<(CsvRecord Record, OrderLine Line)>>(StringComparer.Ordinal);
        var firstRow = new Dictionary<string, CsvRecord>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            string? id = null;
            try
            {
                if (record.Problem is { } problem)
                    throw new ShopDataException(problem);
                if (record.Fields.Skip(header.Count).Any(f => f.Trim().Length > 0))
                    throw new ShopDataException($"the row has {record.Fields.Count} cells and the header {header.Count} (a quote missing?)");
                id = Value(record, index, "externalId") ?? throw new ShopDataException("no order number");
                var sku = Value(record, index, "sku") ?? throw new ShopDataException("no SKU");
                var quantityText = Value(record, index, "quantity") ?? throw new ShopDataException("no quantity");
                if (!int.TryParse(quantityText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity) || quantity is < 0 or > OrderValidator.MaxQuantity)
                    throw new ShopDataException($"quantity \"{quantityText}\" is not a whole number from 0 to {OrderValidator.MaxQuantity}");
                int? grams = Value(record, index, "unitGrams") is { } g
                    ? int.TryParse(g, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed : throw new ShopDataException($"unitGrams \"{g}\" is not a whole number")
                    : null;
                firstRow.TryAdd(id, record);
                if (!rows.TryGetValue(id, out var lines))
                    rows[id] = lines = [];
                lines.Add((record, new OrderLine(sku, Value(record, index, "title") ?? sku, quantity, grams)));
            }
            catch (ShopDataException e)
            {
                rejected.Add(new RejectedOrder(id, e.Message, record.Line));
                if (id is not null)
                    refused.Add(id);
            }
        }

        var orders = new List<(Order, int)>();
        foreach (var (id, lines) in rows)
        {
            if (refused.Contains(id))
            {
                rejected.Add(new RejectedOrder(id, "refused whole because one of its rows was refused", lines[0].Record.Line));
                continue;
            }

            try
            {
                if (ToOrder(id, lines.Select(l => l.Line).ToList(), firstRow[id], index, mapping, shop, fileTime) is { } order)
                    orders.Add((order, firstRow[id].Line));
            }
            catch (ShopDataException e)
            {
                rejected.Add(new RejectedOrder(id, e.Message, firstRow[id].Line));
            }
        }

        return OrderFileContent.From(orders, rejected);
    }

    private static Order? ToOrder(string id, List<OrderLine> lines, CsvRecord row, Dictionary<string, int> index, ColumnMapping mapping, string shop, DateTimeOffset fileTime)
    {
        var statusText = Value(row, index, "status") ?? "";
        var status = OrderStatus.Ready;
        if (mapping.CancelledStatuses.Contains(statusText, StringComparer.OrdinalIgnoreCase))
            status = OrderStatus.Cancelled;
        else if (mapping.SkippedStatuses.Contains(statusText, StringComparer.OrdinalIgnoreCase))
            return null;
        var address = Value(row, index, "address") ?? "";
        if (status == OrderStatus.Ready && address.Length == 0)
            throw new ShopDataException("no address");
        var recipient = new Recipient(Value(row, index, "name") ?? "", Value(row, index, "phone") ?? "", address,
            Value(row, index, "city"), Value(row, index, "province"), Value(row, index, "district"), Value(row, index, "postalCode"), Value(row, index, "country") ?? "CN");
        if (mapping.SplitAddress)
            recipient = Split(recipient);
        recipient = ReceiverPrivacy.Protect(recipient with { Oaid = Value(row, index, "oaid") });
        return new Order
        {
            Id = mapping.IdPrefix + id,
            Shop = shop,
            ExternalId = id,
            Status = status,
            HoldReason = status == OrderStatus.Cancelled ? $"cancelled in the order file ({statusText})" : null,
            CreatedAt = Time(row, index, "createdAt", mapping) ?? fileTime,
            ShopUpdatedAt = Time(row, index, "updatedAt", mapping) ?? fileTime,
            ShipBy = Time(row, index, "shipBy", mapping),
            Recipient = recipient,
            Lines = lines.Where(l => l.Quantity > 0).ToList(),
            Carrier = Value(row, index, "carrier"),
        };
    }

    /// <summary>"浙江省 杭州市 西湖区 文三路90号3单元501(310012)" → province, city, district, street, postcode.</summary>
    private static Recipient Split(Recipient recipient)
    {
        var text = recipient.Address;
        var postal = recipient.PostalCode;
        if (PostcodeSuffix().Match(text) is { Success: true } zip)
        {
            postal ??= zip.Groups[1].Value;
            text = text[..zip.Index];
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length < 4
            ? recipient with { Address = text.Replace(" ", "", StringComparison.Ordinal), PostalCode = postal }
            : recipient with
            {
                Province = recipient.Province ?? parts[0],
                City = recipient.City ?? parts[1],
                District = recipient.District ?? parts[2],
                Address = string.Concat(parts),
                PostalCode = postal,
            };
    }

    private static DateTimeOffset? Time(CsvRecord row, Dictionary<string, int> index, string field, ColumnMapping mapping) =>
        Value(row, index, field) is { } text
            ? JsonRead.ParseTime(text, mapping.Offset) ?? throw new ShopDataException($"{field} \"{text}\" is not a time")
            : null;

    /// <summary>The trimmed cell, null when empty; Excel's ="0123" guard around numbers is removed.</summary>
    private static string? Value(CsvRecord row, Dictionary<string, int> index, string field)
    {
        if (!index.TryGetValue(field, out var at) || at >= row.Fields.Count)
            return null;
        var text = row.Fields[at].Trim();
        if (text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"'))
            text = text[2..^1];
        text = text.Trim().TrimStart('\'');
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\((\d{6})\)\s*$")]
    private static partial Regex PostcodeSuffix();
}
