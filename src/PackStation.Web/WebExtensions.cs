using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Web.Api;

namespace PackStation.Web;

public static class WebExtensions
{
    /// <summary>Registers what the web side needs (JSON settings).</summary>
    public static IServiceCollection AddPackStationWeb(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return services;
    }

    /// <summary>Maps every endpoint: health, the JSON API.</summary>
    public static WebApplication MapPackStationWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthApi();
        app.MapStatsApi();
        return app;
    }
}
