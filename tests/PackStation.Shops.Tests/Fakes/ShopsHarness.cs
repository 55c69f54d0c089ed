using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;
using PackStation.Storage;
using PackStation.TestKit.Stores;

namespace PackStation.Shops.Tests.Fakes;

/// <summary>Builds the shops composition (AddPackStationShops) from settings, as the service does, with fast retries.</summary>
public static class ShopsHarness
{
    /// <summary>The shops composition with the store composed (AddPackStationStorage) over the database of <paramref name="store"/>.</summary>
    public static async Task<ServiceProvider> WithStoreAsync(StoreFixture store, Dictionary<string, string?> shop, Action<IServiceCollection>? extra = null)
    {
        var settings = new Dictionary<string, string?>(store.Settings) { ["Shop:Outbox:FirstRetryDelay"] = "00:00:00" };
        foreach (var (key, value) in shop)
            settings[key] = value;
        var provider = Build(settings, services =>
        {
            services.AddPackStationStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            extra?.Invoke(services);
        });
        await provider.GetRequiredService<IStoreSchema>().MigrateAsync(CancellationToken.None);
        return provider;
    }

    public static Dictionary<string, string?> ShopifySettings(FakeShopify fake, double requestsPerSecond = 50) => new()
    {
        ["Shop:Kind"] = "Shopify",
        ["Shop:BaseUrl"] = fake.BaseUrl.ToString(),
        ["Shop:AccessToken"] = FakeShopify.Token,
        ["Shop:ApiVersion"] = FakeShopify.Version,
        ["Shop:RequestsPerSecond"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Shop:DefaultCarrier"] = "UPS",
    };

    public static Dictionary<string, string?> TaobaoSettings(FakeTop fake) => new()
    {
        ["Shop:Kind"] = "Taobao",
        ["Shop:BaseUrl"] = new Uri(fake.BaseUrl, "/router/rest").ToString(),
        ["Shop:AppKey"] = FakeTop.AppKey,
        ["Shop:AppSecret"] = FakeTop.Secret,
        ["Shop:SessionKey"] = FakeTop.Session,
        ["Shop:DefaultCarrier"] = "ZTO",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? extra = null)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Shop:Http:FirstRetryDelay"] = "00:00:00.010",
            ["Shop:Http:MaxRetries"] = "6",
            ["Shop:Http:AttemptTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPackStationShops(configuration);
        extra?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static ServiceProvider Shopify(FakeShopify fake, Action<IServiceCollection>? extra = null, double requestsPerSecond = 2) =>
        Build(new()
        {
            ["Shop:Kind"] = "Shopify",
            ["Shop:BaseUrl"] = fake.BaseUrl.ToString(),
            ["Shop:AccessToken"] = FakeShopify.Token,
            ["Shop:ApiVersion"] = FakeShopify.Version,
            ["Shop:RequestsPerSecond"] = requestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Shop:DefaultCarrier"] = "UPS",
        }, extra);

    public static ServiceProvider Taobao(FakeTop fake, string signMethod = "hmac-sha256", Action<IServiceCollection>? extra = null) =>
        Build(new()
        {
            ["Shop:Kind"] = "Taobao",
            ["Shop:BaseUrl"] = new Uri(fake.BaseUrl, "/router/rest").ToString(),
            ["Shop:AppKey"] = FakeTop.AppKey,
            ["Shop:AppSecret"] = FakeTop.Secret,
            ["Shop:SessionKey"] = FakeTop.Session,
            ["Shop:SignMethod"] = signMethod,
            ["Shop:DefaultCarrier"] = "ZTO",
        }, extra);

    public static IShopConnector Connector(this ServiceProvider services) => services.GetRequiredService<IShopConnector>();

    public static async Task<List<OrderPage>> PullAllAsync(this IShopConnector connector, DateTimeOffset? since)
    {
        var pages = new List<OrderPage>();
        await foreach (var page in connector.PullOrdersAsync(since, CancellationToken.None))
            pages.Add(page);
        return pages;
    }
}
