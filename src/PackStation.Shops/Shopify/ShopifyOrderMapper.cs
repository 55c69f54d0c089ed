using System.Text.Json;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Shopify;

/// <summary>
/// Shopify REST order JSON → <see cref="Order"/>. Paid (or authorized) unfulfilled orders are imported; cancelled,
/// refunded and voided ones come as <see cref="OrderStatus.Cancelled"/>; unpaid and already fulfilled ones are skipped.
/// </summary>
public static class ShopifyOrderMapper
{
    private static readonly string[] Importable = ["paid", "authorized", "partially_paid"];

    /// <summary>The order, or null when it is not for the warehouse (unpaid, fulfilled elsewhere).</summary>
    public static Order? Map(JsonElement json, string shop)
    {
        var id = JsonRead.Int64(json, "id").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var updatedAt = JsonRead.Time(json, "updated_at");
        var createdAt = JsonRead.Time(json, "created_at");
        var financial = JsonRead.OptionalString(json, "financial_status") ?? "";
        var fulfillment = JsonRead.OptionalString(json, "fulfillment_status");
        var cancelledAt = JsonRead.OptionalTime(json, "cancelled_at");
        var lines = JsonRead.Array(json, "line_items").Select(MapLine).Where(l => l.Quantity > 0).ToList();

        string? holdReason = null;
        var status = OrderStatus.Ready;
        if (cancelledAt is not null)
        {
            status = OrderStatus.Cancelled;
            holdReason = "cancelled at Shopify" + (JsonRead.OptionalString(json, "cancel_reason") is { } why ? $" ({why})" : "");
        }
        else if (financial is "refunded" or "voided" or "partially_refunded")
        {
            status = OrderStatus.Cancelled;
            holdReason = financial.Replace('_', ' ') + " at Shopify";
        }
        else if (fulfillment is "fulfilled" || !Importable.Contains(financial))
        {
            return null;
        }

        var address = JsonRead.OptionalObject(json, "shipping_address");
        if (status == OrderStatus.Ready && address is null)
            throw new ShopDataException("\"shipping_address\" is missing");
        if (status == OrderStatus.Ready && lines.Count == 0)
            throw new ShopDataException("no line to ship");
        return new Order
        {
            Id = "SH-" + id,
            Shop = shop,
            ExternalId = id,
            Status = status,
            HoldReason = holdReason,
            CreatedAt = createdAt,
            ShopUpdatedAt = updatedAt,
            Recipient = address is { } a ? MapRecipient(a) : new Recipient("", "", ""),
            Lines = lines,
        };
    }

    public static IEnumerable<Product> MapProduct(JsonElement json)
    {
        var title = JsonRead.String(json, "title");
        foreach (var variant in JsonRead.Array(json, "variants"))
        {
            var sku = JsonRead.OptionalString(variant, "sku");
            if (string.IsNullOrWhiteSpace(sku))
                continue;
            var variantTitle = JsonRead.OptionalString(variant, "title");
            var barcode = JsonRead.OptionalString(variant, "barcode");
            var grams = JsonRead.OptionalDouble(variant, "grams");
            yield return new Product(
                sku.Trim(),
                variantTitle is null or "Default Title" ? title : $"{title} {variantTitle}",
                grams is > 0 ? (int)Math.Round(grams.Value) : null,
                string.IsNullOrWhiteSpace(barcode) ? [] : [new ProductBarcode(barcode.Trim())]);
        }
    }

    private static OrderLine MapLine(JsonElement line)
    {
        var sku = JsonRead.OptionalString(line, "sku");
        if (string.IsNullOrWhiteSpace(sku))
            sku = "variant-" + (JsonRead.OptionalString(line, "variant_id") ?? throw new ShopDataException("a line has neither \"sku\" nor \"variant_id\""));
        var quantity = JsonRead.Int64(line, "quantity");
        if (quantity is < 0 or > 100_000)
            throw new ShopDataException($"line {sku} has quantity {quantity}");
        var grams = JsonRead.OptionalDouble(line, "grams");
        return new OrderLine(sku.Trim(), JsonRead.OptionalString(line, "title") ?? sku, (int)quantity, grams is > 0 ? (int)Math.Round(grams.Value) : null);
    }

    private static Recipient MapRecipient(JsonElement a)
    {
        var name = JsonRead.OptionalString(a, "name")
            ?? string.Join(' ', new[] { JsonRead.OptionalString(a, "first_name"), JsonRead.OptionalString(a, "last_name") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var address = string.Join(", ", new[] { JsonRead.OptionalString(a, "address1"), JsonRead.OptionalString(a, "address2") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Recipient(
            name,
            JsonRead.OptionalString(a, "phone") ?? "",
            address,
            JsonRead.OptionalString(a, "city"),
            JsonRead.OptionalString(a, "province"),
            null,
            JsonRead.OptionalString(a, "zip"),
            JsonRead.OptionalString(a, "country_code") ?? "US");
    }
}
