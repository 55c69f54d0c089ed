using System.Net.Http.Headers;
using System.Text.Json;

namespace PackStation.Shops.Http;

/// <summary>A successful shop answer: status, headers and the JSON body.</summary>
public sealed record ShopResponse(int Status, HttpResponseHeaders Headers, JsonElement Json)
{
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
