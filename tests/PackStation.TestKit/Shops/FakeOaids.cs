using System.Security.Cryptography;
using System.Text;

namespace PackStation.TestKit.Shops;

/// <summary>
/// How the fake platform masks receivers and derives OAIDs: masks in the shapes Taobao shows ("陈*平",
/// "13*******23", "白虎路*-*" style), and an OAID made from the receiver, the trade and the app, so the same receiver
/// gets another OAID in another trade, as on the platform. The fake Cainiao looks OAIDs up here to "decrypt" them.
/// </summary>
public static class FakeOaids
{
    private static readonly Lock Sync = new();
    private static readonly Dictionary<string, FakeTrade> Known = new(StringComparer.Ordinal);

    public static string For(FakeTrade trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{trade.ReceiverName}|{trade.ReceiverMobile}|{trade.ReceiverAddress}|{trade.Tid}|{FakeTop.AppKey}"));
        var oaid = "1" + Convert.ToBase64String(hash, 0, 24).Replace('+', 'a').Replace('/', 'b');
        lock (Sync)
            Known[oaid] = trade;
        return oaid;
    }

    /// <summary>The trade an OAID was given for; null for one the platform never issued.</summary>
    public static FakeTrade? Resolve(string? oaid)
    {
        lock (Sync)
            return oaid is not null && Known.TryGetValue(oaid, out var trade) ? trade : null;
    }

    public static string MaskName(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };

    public static string MaskPhone(string phone) => phone.Length < 5 ? new string('*', phone.Length) : phone[..2] + new string('*', phone.Length - 4) + phone[^2..];

    public static string MaskAddress(string address) => address.Length <= 3 ? "***" : address[..3] + "*-*";
}
