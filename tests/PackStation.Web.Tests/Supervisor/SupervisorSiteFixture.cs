using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Packing.Stations;
using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Supervisor;

/// <summary>
/// A real site (closed to anonymous readers) whose outbox relay waits an hour between passes, so a test decides what
/// happens to a write-back; and a helper that puts a packed order with a label job into its store.
/// </summary>
public sealed class SupervisorSiteFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new("packstation-supervisor");

    public TestService Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = new TestService(_dir.Path, "--Web:AnonymousDashboard=false", "--Shop:Outbox:PollInterval=01:00:00");
        await Site.StartAsync();
        await Site.CreateAccountAsync(WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword, WebRoles.Supervisor);
    }

    /// <summary>
    /// A ready order packed at S01 in one parcel <paramref name="tracking"/>, its label queued on S01's printer, and its
    /// confirmation in the outbox (as a station's steps would have stored them). Returns the order and the label job.
    /// </summary>
    public async Task<(Order Order, PrintJob Label)> PackedOrderAsync(string tracking)
    {
        var services = Site.Services;
        var order = (await services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 100, CancellationToken.None))[^1];
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<IClaimStore>().ClaimAsync(order.Id, "S01", now, TimeSpan.FromMinutes(5), CancellationToken.None);
        var packing = services.GetRequiredService<IPackingStore>();
        await packing.CommitAsync(new PackCommit("S01", [], new OrderProgress(order.Id, new Dictionary<string, int>(), [tracking])), CancellationToken.None);
        var queue = services.GetRequiredService<StationFleet>().Find("S01")!.PrintQueue;
        var label = await queue.EnqueueAsync(new NewPrintJob(queue.PrinterKey, PrintJobKind.Label, "^XA^FDlabel^FS^XZ"u8.ToArray())
        {
            OrderId = order.Id, Station = "S01", TrackingNumber = tracking,
        }, CancellationToken.None);
        await packing.CommitAsync(new PackCommit("S01", [], null, new OrderTransition(order.Id, "S01", OrderStatus.Packed),
            new ShipmentConfirmation { OrderId = order.Id, Shop = order.Shop, ExternalId = order.ExternalId, TrackingNumbers = [tracking], PackedAt = now }),
            CancellationToken.None);
        return (order, label);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public void Dispose() => _dir.Dispose();
}
