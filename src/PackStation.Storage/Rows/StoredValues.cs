using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace PackStation.Storage.Rows;

/// <summary>
/// How values are kept in every provider's tables: *_utc columns are Unix milliseconds (UTC), *_at columns ISO 8601
/// text with the original offset, JSON columns text. One set of conversions, so a row copies between providers as is.
/// </summary>
internal static class StoredValues
{
    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseIso(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>A new web_accounts.session_stamp: a session cookie carrying any other stamp is no longer valid.</summary>
    public static string NewSessionStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static DateTimeOffset? NullableMs(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromMs(reader.GetInt64(ordinal));
}
