using System.Globalization;

namespace PackStation.Shops.Taobao;

/// <summary>TOP speaks Beijing time (GMT+8) as "yyyy-MM-dd HH:mm:ss", in timestamps, windows and trade fields.</summary>
public static class TopTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public static string Format8(DateTimeOffset time) => time.ToOffset(Offset).ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? text) =>
        text is not null && DateTime.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Offset)
            : null;
}
