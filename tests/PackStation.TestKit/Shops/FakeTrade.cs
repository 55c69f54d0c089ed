namespace PackStation.TestKit.Shops;

/// <summary>A trade as the fake TOP keeps it (times in GMT+8 when printed).</summary>
public sealed class FakeTrade
{
    public required string Tid { get; init; }
    public string Status { get; set; } = "WAIT_SELLER_SEND_GOODS";
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; set; }
    public DateTimeOffset? PayTime { get; set; }
    public string ReceiverName { get; init; } = "张小燕";
    public string ReceiverAddress { get; init; } = "文三路90号3单元501";
    public List<FakeSubOrder> Orders { get; init; } = [new("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2)];
    public string? InvoiceNo { get; set; }
    public string? CompanyCode { get; set; }
    public int ShipCalls { get; set; }

    /// <summary>Replaces the trade JSON in fullinfo answers (malformed or incomplete trades).</summary>
    public string? RawJson { get; set; }
}

public sealed record FakeSubOrder(string OuterSkuId, string Title, int Num, string RefundStatus = "NO_REFUND");
