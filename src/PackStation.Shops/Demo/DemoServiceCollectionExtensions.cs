using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PackStation.Shops.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>Registers the demo shop when <c>Demo:Enabled</c> is true.</summary>
    public static IServiceCollection AddPackStationDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        services.AddSingleton<DemoShopConnector>();
        services.AddShopConnector(ShopKind.Demo, (sp, _) => sp.GetRequiredService<DemoShopConnector>());
        if (configuration.GetValue<bool>($"{DemoOptions.SectionName}:Enabled"))
            services.AddHostedService<DemoShopService>();
        return services;
    }
}
