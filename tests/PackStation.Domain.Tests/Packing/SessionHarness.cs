using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Packers;
using PackStation.Domain.Packing;
using PackStation.Domain.Scanning;
using PackStation.Domain.Weighing;

namespace PackStation.Domain.Tests.Packing;

/// <summary>A pack session with a small catalogue, two packers, a supervisor and a two-line order.</summary>
internal sealed class SessionHarness
{
    public static readonly Packer Alice = new("P001", "王芳", "BADGE-P001");
    public static readonly Packer Bob = new("P002", "李娜", "BADGE-P002");
    public static readonly Packer Boss = new("SUP1", "包主管", "BADGE-SUP1", PackerRole.Supervisor);

    /// <summary>A badge that was replaced by a re-issued one.</summary>
    public const string RevokedBadge = "PB0000OLD0BADGE";

    public static readonly Domain.Catalogue.Catalogue Catalogue = new(
    [
        new Product("RED-50", "正红 50g", 52, [new ProductBarcode("6901230000017"), new ProductBarcode("6901230000024", 10)]),
        new Product("NAVY-50", "藏青 50g", 50, [new ProductBarcode("6901230000031")]),
        new Product("OAT-25", "燕麦 25g", 27, [new ProductBarcode("6901230000048")]),
    ]);

    public SessionHarness(PackSessionOptions? options = null)
    {
        Session = new PackSession("S01", options ?? new PackSessionOptions { WeightRule = new WeightRule(new WeightTolerance(10, 5), 20) }, Clock);
        Classifier = new ScanClassifier(BarcodeConventions.Default,
            badge => new[] { Alice, Bob, Boss }.FirstOrDefault(p => p.Badge == badge), () => Catalogue, code => code == RevokedBadge);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)));

    public PackSession Session { get; }

    public ScanClassifier Classifier { get; }

    /// <summary>2 × RED-50 (52 g) and 1 × NAVY-50 (50 g): expected 154 g + 20 g packaging = 174 g.</summary>
    public static Order Order(string? waybill = null) => new()
    {
        Id = "TB-1",
        Shop = "taobao",
        ExternalId = "1",
        CreatedAt = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(8)),
        Recipient = new Recipient("张小燕", "13812345678", "杭州市西湖区文三路90号"),
        Lines = [new OrderLine("RED-50", "正红 50g", 2, 52), new OrderLine("NAVY-50", "藏青 50g", 1, 50)],
        Carrier = "ZTO",
        Waybill = waybill,
    };

    public SessionStep Scan(string code) => Session.Handle(Classifier.Classify(code));

    public SessionStep Command(PackCommand command) => Scan(BarcodeConventions.Default.CodeFor(command));

    /// <summary>Logged in as Alice with the order started.</summary>
    public SessionHarness Started(Order? order = null)
    {
        Scan(Alice.Badge);
        Session.Start(order ?? Order(), null, "TB-1");
        return this;
    }

    /// <summary>All three units scanned: the session is weighing.</summary>
    public SessionHarness Verified(Order? order = null)
    {
        Started(order);
        Scan("6901230000017");
        Scan("6901230000017");
        Scan("6901230000031");
        return this;
    }
}
