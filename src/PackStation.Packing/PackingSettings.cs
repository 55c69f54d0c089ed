using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Packing.Printing.Component;
using PackStation.Packing.Stations;
using PackStation.Settings;

namespace PackStation.Packing;

/// <summary>The <c>Packing</c>, <c>Stations</c> and <c>PrintComponents</c> sections, bound and checked once for whoever needs them.</summary>
internal static class PackingSettings
{
    public static IServiceCollection AddPackingSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PackingOptions>(configuration, PackingOptions.SectionName);
        services.AddSettings<StationsOptions>(configuration, StationsOptions.SectionName);
        services.AddSettings<PrintComponentOptions>(configuration, PrintComponentOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StationsOptions>, StationsOptionsValidator>());
        return services;
    }
}
