using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Orders;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Hardware.Simulated;
using PackStation.Packing.Directory;
using PackStation.Packing.Stations;
using PackStation.Web.Auth;
using PackStation.Worker.Hosting;

namespace PackStation.Web.Tests;

/// <summary>
/// The real service (PackStationHost) on 127.0.0.1 with a random port, three simulated stations without simulated
/// packers (the tests drive the scanners), its SQLite store and data folder in <paramref name="dataFolder"/>.
/// </summary>
public sealed class TestService(string dataFolder, params string[] extraArguments) : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public StationBoard Board => Services.GetRequiredService<StationBoard>();

    public async Task StartAsync()
    {
        _app = PackStationHost.Build([
            "--urls=http://127.0.0.1:0",
            $"--Store:ConnectionString=Data Source={Path.Combine(dataFolder, "packstation.db")}",
            "--Stations:Count=3",
            "--Demo:Enabled=true",
            "--Demo:SimulatedPackers=false",
            "--Demo:InitialOrders=40",
            "--Demo:OrdersPerMinute=0",
            "--Site:TimeZone=Asia/Shanghai",
            .. extraArguments,
        ]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 200 && (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++)
            await Task.Delay(100);
    }

    public async Task CreateAccountAsync(string userName, string password, string role)
    {
        var passwords = Services.GetRequiredService<PasswordService>();
        await Services.GetRequiredService<IAccountStore>().CreateAccountAsync(
            new WebAccount(userName, passwords.Hash(userName, password), role, false, DateTimeOffset.UtcNow),
            new PeopleEvent(DateTimeOffset.UtcNow, "test", PeopleSubject.Account, userName, PeopleAction.Added), CancellationToken.None);
    }

    public SimulatedScanner Scanner(string stationId) =>
        (SimulatedScanner)Services.GetRequiredService<StationFleet>().Find(stationId)!.Devices.Scanner;

    /// <summary>Scans the badge of packer <paramref name="packerId"/> at the station and starts a ready order; returns the order.</summary>
    public async Task<Order> StartOrderAsync(string stationId, string packerId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Scanner(stationId).Inject(Badge(packerId));
        await Board.WaitForAsync(stationId, s => s.PackerId is not null, timeout.Token);
        var order = (await Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 1, timeout.Token))[0];
        Scanner(stationId).Inject(order.Id);
        await Board.WaitForAsync(stationId, s => s.OrderId == order.Id, timeout.Token);
        return order;
    }

    /// <summary>The badge code of an active packer (the demo's badges are random).</summary>
    public string Badge(string packerId) => Directory.FindById(packerId)?.Badge ?? throw new InvalidOperationException($"No active packer {packerId}.");

    /// <summary>A product barcode that is not in <paramref name="order"/>.</summary>
    public string WrongItemBarcode(Order order)
    {
        var skus = order.Lines.Select(l => l.Sku).ToHashSet(StringComparer.Ordinal);
        return Directory.Catalogue.Products.First(p => !skus.Contains(p.Sku) && p.Barcodes.Count > 0).Barcodes[0].Code;
    }

    /// <summary>A barcode of one unit of the order's first line.</summary>
    public string FirstLineBarcode(Order order) =>
        Directory.Catalogue.FindProduct(order.Lines[0].Sku)!.Barcodes.First(b => b.Multiplier == 1).Code;

    public async Task StopAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private PackingDirectory Directory => Services.GetRequiredService<PackingDirectory>();
}
