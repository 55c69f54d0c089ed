using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PackStation.Domain.Orders;

namespace PackStation.Shops.Files;

/// <summary>
/// Writes an order as the order JSON of docs/interfaces.md (camelCase, status in lower case, times with their offset, Chinese text
/// unescaped): what <c>packstation orders --format jsonl</c> prints and <see cref="JsonOrderReader"/> reads back.
/// </summary>
public static class OrderJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", order.Id);
            json.WriteString("shop", order.Shop);
            json.WriteString("externalId", order.ExternalId);
            json.WriteString("status", order.Status.ToText());
            json.WriteString("createdAt", Time(order.CreatedAt));
            WriteNullable(json, "shipBy", order.ShipBy is { } shipBy ? Time(shipBy) : null);
            json.WriteStartObject("recipient");
            json.WriteString("name", order.Recipient.Name);
            json.WriteString("phone", order.Recipient.Phone);
            json.WriteString("address", order.Recipient.Address);
            WriteNullable(json, "city", order.Recipient.City);
            WriteNullable(json, "province", order.Recipient.Province);
            WriteNullable(json, "district", order.Recipient.District);
            WriteNullable(json, "postalCode", order.Recipient.PostalCode);
            json.WriteString("country", order.Recipient.Country);
            if (order.Recipient.Protected)
            {
                json.WriteBoolean("protected", true);
                WriteNullable(json, "oaid", order.Recipient.Oaid);
            }

            json.WriteEndObject();
            json.WriteStartArray("lines");
            foreach (var line in order.Lines)
            {
                json.WriteStartObject();
                json.WriteString("sku", line.Sku);
                json.WriteString("title", line.Title);
                json.WriteNumber("quantity", line.Quantity);
                if (line.UnitGrams is { } grams)
                    json.WriteNumber("unitGrams", grams);
                else
                    json.WriteNull("unitGrams");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteNullable(json, "carrier", order.Carrier);
            WriteNullable(json, "holdReason", order.HoldReason);
            WriteNullable(json, "tote", order.Tote);
            WriteNullable(json, "waybill", order.Waybill);
            WriteNullable(json, "updatedAt", order.ShopUpdatedAt is { } updated ? Time(updated) : null);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }
}
