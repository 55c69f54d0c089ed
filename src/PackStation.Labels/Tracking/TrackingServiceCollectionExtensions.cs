using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Settings;

namespace PackStation.Labels.Tracking;

public static class TrackingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ITrackingNumberSource"/> chosen by <c>Carrier:TrackingNumbers</c>: <c>Pool</c> (default;
    /// numbers imported from the carrier's allocation) or <c>Sscc</c> (GS1 SSCC-18 from <c>Carrier:Sscc</c>). Needs an
    /// <see cref="ITrackingNumberStore"/> (AddPackStationStorage registers it). <c>Http</c> and <c>Cainiao</c> are carrier
    /// APIs: PackStation.Shops registers those (AddPackStationCarrierSources), so nothing is registered here for them.
    /// </summary>
    public static IServiceCollection AddPackStationTrackingNumbers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var kind = configuration["Carrier:TrackingNumbers"] ?? "Pool";
        if (string.Equals(kind, "Sscc", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSettings<SsccOptions>(configuration, SsccOptions.SectionName);
            services.TryAddSingleton<ITrackingNumberSource, SsccTrackingNumberSource>();
        }
        else if (string.Equals(kind, "Pool", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<ITrackingNumberSource, PoolTrackingNumberSource>();
        }
        else if (!IsCarrierApi(kind))
        {
            throw new OptionsValidationException("Carrier", typeof(SsccOptions),
                [$"Carrier:TrackingNumbers is \"{kind}\"; use Pool, Sscc, Http or Cainiao."]);
        }

        return services;
    }

    /// <summary>Whether <c>Carrier:TrackingNumbers</c> names a carrier API source (registered by PackStation.Shops).</summary>
    public static bool IsCarrierApi(string? kind) =>
        string.Equals(kind, "Http", StringComparison.OrdinalIgnoreCase) || string.Equals(kind, "Cainiao", StringComparison.OrdinalIgnoreCase);
}
