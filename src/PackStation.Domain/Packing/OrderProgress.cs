namespace PackStation.Domain.Packing;

/// <summary>
/// How far packing of an order has come, stored with every accepted scan so a restarted station resumes where it was:
/// units verified per SKU and the tracking numbers of labels already printed.
/// </summary>
public sealed record OrderProgress(string OrderId, IReadOnlyDictionary<string, int> VerifiedUnits, IReadOnlyList<string> TrackingNumbers)
{
    public static OrderProgress Empty(string orderId) =>
        new(orderId, new Dictionary<string, int>(StringComparer.Ordinal), []);
}
