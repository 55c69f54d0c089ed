using System.Text.Json;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.WooCommerce;

/// <summary>
/// WooCommerce REST v3 order JSON → <see cref="Order"/>: <c>processing</c> (paid) is packed; cancelled, refunded,
/// failed and trashed orders come as <see cref="OrderStatus.Cancelled"/>; pending, on-hold and completed are skipped.
/// </summary>
public static class WooOrderMapper
{
    public static Order? Map(JsonElement json, string shop)
    {
        var id = JsonRead.Int64(json, "id").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var status = JsonRead.String(json, "status");
        OrderStatus orderStatus;
        string? reason = null;
        switch (status)
        {
            case "processing":
                orderStatus = OrderStatus.Ready;
                break;
            case "cancelled" or "refunded" or "failed" or "trash":
                orderStatus = OrderStatus.Cancelled;
                reason = $"{status} at WooCommerce";
                break;
            default:
                return null;
        }

        var lines = JsonRead.Array(json, "line_items").Select(MapLine).Where(l => l.Quantity > 0).ToList();
        if (orderStatus == OrderStatus.Ready && lines.Count == 0)
            throw new ShopDataException("no line to ship");
        var shipping = JsonRead.OptionalObject(json, "shipping");
        var billing = JsonRead.OptionalObject(json, "billing");
        var address = shipping is { } s && !string.IsNullOrWhiteSpace(JsonRead.OptionalString(s, "address_1")) ? s : billing;
        if (orderStatus == OrderStatus.Ready && address is null)
            throw new ShopDataException("neither \"shipping\" nor \"billing\" has an address");
        return new Order
        {
            Id = "WC-" + id,
            Shop = shop,
            ExternalId = id,
            Status = orderStatus,
            HoldReason = reason,
            CreatedAt = JsonRead.OptionalTime(json, "date_created_gmt") ?? JsonRead.Time(json, "date_created"),
            ShopUpdatedAt = JsonRead.OptionalTime(json, "date_modified_gmt") ?? JsonRead.Time(json, "date_modified"),
            Recipient = address is { } a ? MapRecipient(a, billing) : new Recipient("", "", ""),
            Lines = lines,
        };
    }

    public static Product? MapProduct(JsonElement json)
    {
        var sku = JsonRead.OptionalString(json, "sku");
        if (string.IsNullOrWhiteSpace(sku))
            return null;
        var kilograms = JsonRead.OptionalDouble(json, "weight");
        var barcode = JsonRead.OptionalString(json, "global_unique_id");
        return new Product(sku.Trim(), JsonRead.OptionalString(json, "name") ?? sku,
            kilograms is > 0 ? (int)Math.Round(kilograms.Value * 1000) : null,
            string.IsNullOrWhiteSpace(barcode) ? [] : [new ProductBarcode(barcode.Trim())]);
    }

    private static OrderLine MapLine(JsonElement line)
    {
        var sku = JsonRead.OptionalString(line, "sku");
        if (string.IsNullOrWhiteSpace(sku))
            sku = "product-" + (JsonRead.OptionalString(line, "variation_id") is { Length: > 0 } v && v != "0" ? v : JsonRead.OptionalString(line, "product_id")
                ?? throw new ShopDataException("a line has neither \"sku\" nor \"product_id\""));
        var quantity = JsonRead.Int64(line, "quantity");
        if (quantity is < 0 or > 100_000)
            throw new ShopDataException($"line {sku} has quantity {quantity}");
        return new OrderLine(sku.Trim(), JsonRead.OptionalString(line, "name") ?? sku, (int)quantity);
    }

    private static Recipient MapRecipient(JsonElement a, JsonElement? billing)
    {
        var name = string.Join(' ', new[] { JsonRead.OptionalString(a, "first_name"), JsonRead.OptionalString(a, "last_name") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var street = string.Join(", ", new[] { JsonRead.OptionalString(a, "company"), JsonRead.OptionalString(a, "address_1"), JsonRead.OptionalString(a, "address_2") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var phone = JsonRead.OptionalString(a, "phone") is { Length: > 0 } p ? p : billing is { } b ? JsonRead.OptionalString(b, "phone") ?? "" : "";
        return new Recipient(name, phone, street, JsonRead.OptionalString(a, "city"), JsonRead.OptionalString(a, "state"), null,
            JsonRead.OptionalString(a, "postcode"), JsonRead.OptionalString(a, "country") is { Length: > 0 } c ? c : "US");
    }
}
