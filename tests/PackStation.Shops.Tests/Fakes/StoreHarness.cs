using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Storage;
using PackStation.TestKit;

namespace PackStation.Shops.Tests.Fakes;

/// <summary>The real SQLite store in a temp folder, composed with AddPackStationStorage, migrated; plus packing helpers.</summary>
public sealed class StoreHarness : IDisposable
{
    private readonly TempDirectory _dir = new("shops-store");

    public string DatabasePath => _dir.File("packstation.db");

    public string LockFile => _dir.File("sync.lock");

    public Dictionary<string, string?> Settings => new()
    {
        ["Store:ConnectionString"] = $"Data Source={DatabasePath}",
        ["Store:Durability"] = "Normal",
        ["Shop:Sync:LockFile"] = LockFile,
        ["Shop:Outbox:FirstRetryDelay"] = "00:00:00",
    };

    public void Register(IServiceCollection services, IConfiguration? configuration = null)
    {
        var config = configuration ?? new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        services.AddPackStationStorage(config);
    }

    public static async Task MigrateAsync(IServiceProvider services) =>
        await services.GetRequiredService<IPackStore>().MigrateAsync(CancellationToken.None);

    /// <summary>Packs an order the way a station does: claim, then one commit that marks it packed and writes the confirmation.</summary>
    public static async Task PackAsync(IServiceProvider services, Order order, params string[] tracking)
    {
        var store = services.GetRequiredService<IPackStore>();
        var claim = await store.ClaimAsync(order.Id, "S01", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(claim.Claim);
        await store.CommitAsync(new PackCommit("S01", [], Transition: new OrderTransition(order.Id, "S01", OrderStatus.Packed), Confirmation: new ShipmentConfirmation
        {
            OrderId = order.Id, Shop = order.Shop, ExternalId = order.ExternalId, Carrier = order.Carrier, TrackingNumbers = tracking, PackedAt = DateTimeOffset.UtcNow,
        }), CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
