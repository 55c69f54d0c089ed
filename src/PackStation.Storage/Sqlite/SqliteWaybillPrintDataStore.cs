using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;

namespace PackStation.Storage.Sqlite;

/// <summary>Platform e-waybill print data, one row per issued number (migration 0310).</summary>
internal sealed class SqliteWaybillPrintDataStore(SqliteDatabase database) : IWaybillPrintDataStore
{
    public Task SaveWaybillAsync(PlatformWaybill waybill, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waybill);
        var data = waybill.PrintData ?? throw new ArgumentException("The waybill carries no print data.", nameof(waybill));
        return database.WriteAsync(async (connection, transaction) => await Sql.ExecuteAsync(connection, transaction,
            """
            INSERT INTO waybill_print_data (tracking, order_id, parcel, encrypted, signature, template_url, version, issued_utc)
            VALUES ($t, $o, $p, $e, $s, $u, $v, $at)
            ON CONFLICT (tracking) DO UPDATE SET order_id = $o, parcel = $p, encrypted = $e, signature = $s,
                template_url = $u, version = $v, issued_utc = $at
            """, cancellationToken,
            ("$t", waybill.TrackingNumber), ("$o", waybill.OrderId), ("$p", waybill.Parcel), ("$e", data.EncryptedData),
            ("$s", data.Signature), ("$u", data.TemplateUrl), ("$v", data.Version), ("$at", Sql.Ms(at))), cancellationToken);
    }

    public Task<PlatformWaybill?> GetWaybillAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return database.ReadAsync(async connection =>
        {
            using var command = Sql.Command(connection, null,
                "SELECT order_id, parcel, encrypted, signature, template_url, version FROM waybill_print_data WHERE tracking = $t",
                ("$t", trackingNumber));
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            var data = new PlatformPrintData(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
            return (PlatformWaybill?)new PlatformWaybill(reader.GetString(0), reader.GetInt32(1), trackingNumber, data);
        }, cancellationToken);
    }
}
