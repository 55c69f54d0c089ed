using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Taobao;

/// <summary>
/// A TOP <c>error_response</c>: <c>code</c> (platform, &lt;100), <c>sub_code</c> (<c>isp.*</c> the platform's
/// side, retry later; <c>isv.*</c> the caller's, do not retry blindly), and their messages. Callers recognise errors
/// by <see cref="SubCode"/>, never by message text.
/// </summary>
public sealed partial record TopError(string Code, string SubCode, string Message, string SubMessage)
{
    /// <summary>The sub code of a per-app call ban ("App Call Limited", code 7 or 8).</summary>
    public const string AppCallBan = "accesscontrol.limited-by-app-access-count";

    public static TopError Read(JsonElement error) => new(
        JsonRead.OptionalString(error, "code") ?? "",
        JsonRead.OptionalString(error, "sub_code") ?? "",
        JsonRead.OptionalString(error, "msg") ?? "",
        JsonRead.OptionalString(error, "sub_msg") ?? "");

    public bool IsCallLimit => Code is "7" or "8";

    /// <summary>How long a call ban lasts, from "This ban will last for N more seconds"; null when not a ban.</summary>
    public TimeSpan? BanLength
    {
        get
        {
            if (!IsCallLimit)
                return null;
            var match = BanSeconds().Match(SubMessage);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return TimeSpan.FromSeconds(seconds);
            return SubCode == AppCallBan ? TimeSpan.FromSeconds(1) : null;
        }
    }

    public ShopApiException ToException(string method)
    {
        var transient = IsCallLimit && !SubCode.StartsWith("isv.", StringComparison.Ordinal)
            || Code is "10" or "15" && !SubCode.StartsWith("isv.", StringComparison.Ordinal)
            || SubCode.StartsWith("isp.", StringComparison.Ordinal)
            || SubCode.Contains("call-limited", StringComparison.OrdinalIgnoreCase);
        var message = string.Join(" / ", new[] { Message, SubMessage }.Where(m => m.Length > 0));
        var text = $"{method}: TOP error {Code}{(SubCode.Length > 0 ? " " + SubCode : "")}: {message}";
        return new ShopApiException(transient ? ShopErrorKind.Transient : ShopErrorKind.Permanent, text,
            retryAfter: IsCallLimit ? BanLength ?? TimeSpan.FromSeconds(60) : null, subCode: SubCode.Length > 0 ? SubCode : null);
    }

    [GeneratedRegex(@"(\d+)\s*more\s+seconds", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BanSeconds();
}
