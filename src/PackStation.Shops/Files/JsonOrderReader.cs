using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Files;

/// <summary>
/// Orders as JSON in the order JSON shape of docs/interfaces.md (what <c>packstation orders --format jsonl</c> prints): a JSON
/// array, one order per line (JSON lines), or a single order spread over several lines. Each refused order is reported
/// with its line (or its place in the array): not valid JSON, a field missing, of the wrong type or holding what is not
/// text, an absurd quantity, or an order number that stands twice in the file.
/// </summary>
public static class JsonOrderReader
{
    public static OrderFileContent Read(string text, string shop, DateTimeOffset fileTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var orders = new List<(Order, int)>();
        var rejected = new List<RejectedOrder>();
        if (text.TrimStart().StartsWith('['))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException e)
            {
                rejected.Add(new RejectedOrder(null, "not valid JSON: " + e.Message, (int)(e.LineNumber ?? 0) + 1));
                return OrderFileContent.From(orders, rejected);
            }

            using (document)
            {
                var n = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                    Add(element, ++n);
            }

            return OrderFileContent.From(orders, rejected);
        }

        if (IsOneObjectOverSeveralLines(text) && TryParse(text) is { } single)
        {
            // One order written over several lines (pretty-printed, as people write an order file by hand).
            using (single)
                Add(single.RootElement, 1);
            return OrderFileContent.From(orders, rejected);
        }

        // JSON lines; also a broken first line or a cut-short object, reported line by line so valid lines still count.

        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
                continue;
            try
            {
                using var document = JsonDocument.Parse(raw);
                Add(document.RootElement, line);
            }
            catch (JsonException e)
            {
                rejected.Add(new RejectedOrder(null, "not valid JSON: " + e.Message, line));
            }
        }

        return OrderFileContent.From(orders, rejected);

        void Add(JsonElement element, int where)
        {
            try
            {
                orders.Add((Map(element, shop, fileTime), where));
            }
            catch (ShopDataException e)
            {
                rejected.Add(new RejectedOrder(NumberOrNull(element), e.Message, where));
            }
        }
    }

    /// <summary>The order number of a refused order, for its report; null when it cannot be read either.</summary>
    private static string? NumberOrNull(JsonElement element)
    {
        try
        {
            return JsonRead.OptionalString(element, "externalId");
        }
        catch (ShopDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the text is one JSON object spread over several lines rather than JSON lines: it starts with "{" and its
    /// first line is not a whole JSON value by itself (only that line is parsed to tell).
    /// </summary>
    private static bool IsOneObjectOverSeveralLines(string text)
    {
        var trimmed = text.TrimStart();
        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (!trimmed.StartsWith('{') || firstLineEnd < 0)
            return false;
        try
        {
            using var firstLine = JsonDocument.Parse(trimmed.AsMemory(0, firstLineEnd));
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Quantity(long quantity) => quantity is >= 0 and <= OrderValidator.MaxQuantity ? (int)quantity
        : throw new ShopDataException($"\"quantity\" {quantity} is not a real order's (0 to {OrderValidator.MaxQuantity})");

    private static int? UnitGrams(long? grams) => grams is null or (>= 0 and <= int.MaxValue) ? (int?)grams
        : throw new ShopDataException($"\"unitGrams\" {grams} is not a unit weight in grams");

    public static Order Map(JsonElement json, string shop, DateTimeOffset fileTime)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw new ShopDataException("an order must be a JSON object");
        var externalId = JsonRead.String(json, "externalId");
        var recipient = JsonRead.Object(json, "recipient");
        var lines = JsonRead.Array(json, "lines").Select(l => new OrderLine(
            JsonRead.String(l, "sku"),
            JsonRead.OptionalString(l, "title") ?? JsonRead.String(l, "sku"),
            Quantity(JsonRead.Int64(l, "quantity")),
            UnitGrams(JsonRead.OptionalInt64(l, "unitGrams")))).ToList();
        if (lines.Count == 0)
            throw new ShopDataException("\"lines\" is empty");
        var status = (JsonRead.OptionalString(json, "status") ?? "ready").ToLowerInvariant() switch
        {
            "ready" => OrderStatus.Ready,
            "cancelled" => OrderStatus.Cancelled,
            var other => throw new ShopDataException($"\"status\" must be ready or cancelled in an order file, not \"{other}\""),
        };
        return new Order
        {
            Id = JsonRead.OptionalString(json, "id") ?? "F-" + externalId,
            Shop = shop,
            ExternalId = externalId,
            Status = status,
            HoldReason = status == OrderStatus.Cancelled ? "cancelled in the order file" : null,
            CreatedAt = JsonRead.OptionalTime(json, "createdAt") ?? fileTime,
            ShopUpdatedAt = JsonRead.OptionalTime(json, "updatedAt") ?? fileTime,
            ShipBy = JsonRead.OptionalTime(json, "shipBy"),
            Recipient = ReceiverPrivacy.Protect(new Recipient(
                JsonRead.String(recipient, "name"),
                JsonRead.OptionalString(recipient, "phone") ?? "",
                JsonRead.String(recipient, "address"),
                JsonRead.OptionalString(recipient, "city"),
                JsonRead.OptionalString(recipient, "province"),
                JsonRead.OptionalString(recipient, "district"),
                JsonRead.OptionalString(recipient, "postalCode"),
                JsonRead.OptionalString(recipient, "country") ?? "CN")
            {
                Oaid = JsonRead.OptionalString(recipient, "oaid"),
                Protected = JsonRead.OptionalBool(recipient, "protected") == true,
            }),
            Lines = lines,
            Carrier = JsonRead.OptionalString(json, "carrier"),
            Waybill = JsonRead.OptionalString(json, "waybill"),
            Tote = JsonRead.OptionalString(json, "tote"),
        };
    }
}
