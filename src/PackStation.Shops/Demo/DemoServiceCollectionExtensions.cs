using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PackStation.Settings;

namespace PackStation.Shops.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the demo shop as the connector of <c>Shop:Kind</c> Demo (the order sync of AddPackStationShops uses
    /// it), and, when <c>Demo:Enabled</c> is true, the service that puts its catalogue, packers and orders into the
    /// store (needs the store ports). The <c>Demo</c> section is checked at start; a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddPackStationDemo(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DemoShopConnector)))
            return services;
        services.AddSettings<DemoOptions>(configuration, DemoOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoShopConnector>();
        services.AddShopConnector(ShopKind.Demo, (sp, _) => sp.GetRequiredService<DemoShopConnector>());
        if (configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled"))
            services.AddHostedService<DemoShopService>();
        return services;
    }
}
