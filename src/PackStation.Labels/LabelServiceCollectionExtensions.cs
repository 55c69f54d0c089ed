using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Settings;

namespace PackStation.Labels;

public static class LabelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILabelRenderer"/> (singleton) with <see cref="LabelOptions"/> bound from the <c>Labels</c>
    /// section, <see cref="SiteOptions"/> (sender, time zone) from <c>Site</c>, and a <see cref="TimeProvider"/>
    /// (the system clock) unless one is already registered. Both sections are checked at start; needs nothing else, and
    /// a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationLabels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSettings<LabelOptions>(configuration, LabelOptions.SectionName);
        services.AddPackStationSite(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILabelRenderer, LabelRenderer>();
        return services;
    }
}
