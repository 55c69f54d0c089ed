using System.Globalization;
using System.Text;
using PackStation.Packing.Statistics;

namespace PackStation.Web.Api;

/// <summary>Packer statistics as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read Chinese names).</summary>
public static class PackerCsv
{
    public const string Header = "packer_id,name,orders_today,items_today,seconds_per_order,wrong_item_rate,overrides,exceptions";

    public static string Write(IEnumerable<PackerStats> packers)
    {
        ArgumentNullException.ThrowIfNull(packers);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var p in packers)
        {
            csv.Append(Field(p.Id)).Append(',').Append(Field(p.Name)).Append(',')
                .Append(CultureInfo.InvariantCulture, $"{p.OrdersToday},{p.ItemsToday},{p.SecondsPerOrder},{p.WrongItemRate},{p.Overrides},{p.Exceptions}")
                .Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field when needed; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
