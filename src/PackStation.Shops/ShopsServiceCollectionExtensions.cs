using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;
using PackStation.Settings;
using PackStation.Shops.Carriers;
using PackStation.Shops.Carriers.Cainiao;
using PackStation.Shops.Connectors;
using PackStation.Shops.Files;
using PackStation.Shops.Http;
using PackStation.Shops.Outbox;
using PackStation.Shops.Shopify;
using PackStation.Shops.Sync;
using PackStation.Shops.Taobao;
using PackStation.Shops.WooCommerce;

namespace PackStation.Shops;

/// <summary>
/// <c>AddPackStationShops</c>: the configured shop connector (chosen by <c>Shop:Kind</c>), the order sync and the
/// outbox relay with their hosted services, the shop HTTP clients with retries and pacing, and webhook handling.
/// Another kind plugs in with <see cref="AddShopConnector"/> (the demo shop does).
/// </summary>
public static class ShopsServiceCollectionExtensions
{
    public static IServiceCollection AddPackStationShops(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(OrderSyncEngine)))
            return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSettings<ShopOptions>(configuration, ShopOptions.Section);
        services.AddSingleton<IValidateOptions<ShopOptions>, ShopOptionsValidator>();
        services.AddSettings<SyncOptions>(configuration, SyncOptions.Section);
        services.AddSettings<OutboxOptions>(configuration, OutboxOptions.Section);
        services.AddShopHttpSettings(configuration);

        services.AddSingleton(sp => new ShopifyCallBudget(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ShopOptions>>().Value.RequestsPerSecond));
        services.AddTransient<ShopifyCallLimitHandler>();
        services.AddHttpClient(ShopifyConnector.HttpClientName).AddShopResilience().AddHttpMessageHandler<ShopifyCallLimitHandler>();
        services.AddHttpClient(TaobaoConnector.HttpClientName).AddShopResilience();
        services.AddHttpClient(WooCommerceConnector.HttpClientName).AddShopResilience();

        services.AddShopConnector(ShopKind.Shopify, (sp, o) => new ShopifyConnector(Client(sp, ShopifyConnector.HttpClientName), o));
        services.AddShopConnector(ShopKind.Taobao, (sp, o) => new TaobaoConnector(Client(sp, TaobaoConnector.HttpClientName), o, sp.GetRequiredService<TimeProvider>()));
        services.AddShopConnector(ShopKind.WooCommerce, (sp, o) => new WooCommerceConnector(Client(sp, WooCommerceConnector.HttpClientName), o));
        services.AddShopConnector(ShopKind.File, (sp, o) => new FileOrderConnector(o));
        services.TryAddSingleton(CreateConnector);

        services.TryAddSingleton<SyncSignal>();
        services.TryAddSingleton<OrderSyncEngine>();
        services.TryAddSingleton<OutboxRelay>();
        services.TryAddSingleton(sp => new ShopifyWebhookReceiver(sp.GetRequiredService<IOptions<ShopOptions>>().Value, sp.GetRequiredService<SyncSignal>(), sp.GetRequiredService<TimeProvider>()));
        services.AddPackStationCarrierSources(configuration);
        services.AddHostedService<OrderSyncService>();
        services.AddHostedService<OutboxRelayService>();
        return services;
    }

    /// <summary>
    /// The carrier API sources of tracking numbers: <see cref="HttpCarrierTrackingSource"/> (<c>Carrier</c>) and
    /// <see cref="CainiaoWaybillSource"/> (<c>Carrier:Cainiao</c>). When <c>Carrier:TrackingNumbers</c> is <c>Http</c> or
    /// <c>Cainiao</c>, that source is the <see cref="ITrackingNumberSource"/> labels and waybills draw numbers from.
    /// </summary>
    public static IServiceCollection AddPackStationCarrierSources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(HttpCarrierTrackingSource)))
            return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddShopHttpSettings(configuration);
        services.AddSettings<CarrierOptions>(configuration, CarrierOptions.Section);
        services.AddHttpClient(HttpCarrierTrackingSource.HttpClientName).AddShopResilience();
        services.TryAddSingleton(sp => new HttpCarrierTrackingSource(Client(sp, HttpCarrierTrackingSource.HttpClientName), sp.GetRequiredService<IOptions<CarrierOptions>>().Value));
        services.AddSettings<CainiaoOptions>(configuration, CainiaoOptions.Section);
        services.AddHttpClient(CainiaoWaybillSource.HttpClientName).AddShopResilience();
        services.TryAddSingleton(sp => new CainiaoWaybillSource(Client(sp, CainiaoWaybillSource.HttpClientName),
            sp.GetRequiredService<IOptions<CainiaoOptions>>().Value, sp.GetRequiredService<IOrderStore>(),
            sp.GetRequiredService<IWaybillPrintDataStore>(), sp.GetRequiredService<TimeProvider>()));

        var kind = configuration["Carrier:TrackingNumbers"];
        if (string.Equals(kind, "Http", StringComparison.OrdinalIgnoreCase))
            services.TryAddSingleton<ITrackingNumberSource>(sp => sp.GetRequiredService<HttpCarrierTrackingSource>());
        else if (string.Equals(kind, "Cainiao", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<ITrackingNumberSource>(sp => sp.GetRequiredService<CainiaoWaybillSource>());
            services.AddSingleton<IValidateOptions<CainiaoOptions>, CainiaoOptionsValidator>();
        }

        return services;
    }

    /// <summary>The <c>Shop:Http</c> retries and timeouts, shared by every shop and carrier client.</summary>
    private static void AddShopHttpSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSettings<ShopHttpOptions>(configuration, ShopHttpOptions.Section);

    /// <summary>Registers how to build the connector of <paramref name="kind"/>; a later registration of the same kind wins.</summary>
    public static IServiceCollection AddShopConnector(this IServiceCollection services, ShopKind kind, Func<IServiceProvider, ShopOptions, IShopConnector> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new ShopConnectorRegistration(kind, create));
        return services;
    }

    private static IShopConnector CreateConnector(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ShopOptions>>().Value;
        var registration = services.GetServices<ShopConnectorRegistration>().LastOrDefault(r => r.Kind == options.Kind)
            ?? throw new OptionsValidationException(ShopOptions.Section, typeof(ShopOptions),
                [$"Shop:Kind is {options.Kind}, but no connector for {options.Kind} is registered in this build."]);
        return registration.Create(services, options);
    }

    private static HttpClient Client(IServiceProvider services, string name) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(name);
}
