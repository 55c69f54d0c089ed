using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PackStation.Labels;

public static class LabelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILabelRenderer"/> (singleton) with <see cref="LabelOptions"/> bound from the <c>Labels</c>
    /// section, <see cref="SiteOptions"/> (sender, time zone) from <c>Site</c>, and a <see cref="TimeProvider"/>
    /// (the system clock) unless one is already registered.
    /// </summary>
    public static IServiceCollection AddPackStationLabels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LabelOptions>()
            .Bind(configuration.GetSection(LabelOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ZplCjkFont), "Labels:ZplCjkFont must name a printer font such as E:ANMDS.TTF.")
            .ValidateOnStart();
        services.AddPackStationSite(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILabelRenderer, LabelRenderer>();
        return services;
    }
}
