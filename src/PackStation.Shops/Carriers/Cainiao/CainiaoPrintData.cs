using System.Text.Json;
using PackStation.Domain.Shipping;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// Reads a module's <c>print_data</c>: a JSON string <c>{"encryptedData","signature","templateURL","ver"}</c>
/// (cloud-print since the 2019 e-waybill consistency overhaul). Error messages say which part is wrong, never its value.
/// </summary>
public static class CainiaoPrintData
{
    public static bool TryRead(string? printData, out PlatformPrintData? data, out string problem)
    {
        data = null;
        if (string.IsNullOrWhiteSpace(printData))
        {
            problem = "print_data is missing";
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(printData);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "print_data is not a JSON object";
                return false;
            }

            var encrypted = Text(root, "encryptedData");
            var signature = Text(root, "signature");
            var template = Text(root, "templateURL");
            var version = Text(root, "ver");
            var missing = new[] { ("encryptedData", encrypted), ("signature", signature), ("templateURL", template), ("ver", version) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
            if (missing.Count > 0 || !Uri.TryCreate(template, UriKind.Absolute, out _))
            {
                problem = missing.Count > 0 ? "print_data has no " + string.Join(", ", missing) : "print_data's templateURL is not an address";
                return false;
            }

            data = new PlatformPrintData(encrypted!, signature!, template!, version!);
            problem = "";
            return true;
        }
        catch (JsonException)
        {
            problem = "print_data is not JSON";
            return false;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
