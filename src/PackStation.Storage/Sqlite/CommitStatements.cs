using Microsoft.Data.Sqlite;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// The statements a station step writes, prepared once on the group writer's own connection and reused for every
/// step: at thousands of steps a second, compiling SQL per step would cost more than running it.
/// </summary>
internal sealed class CommitStatements : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollbackTo;
    private readonly SqliteCommand _claim;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _progress;
    private readonly SqliteCommand _parcel;
    private readonly SqliteCommand _toReady;
    private readonly SqliteCommand _toHold;
    private readonly SqliteCommand _toPacked;
    private readonly SqliteCommand _confirmation;

    public CommitStatements(SqliteConnection connection)
    {
        _savepoint = Prepare(connection, "SAVEPOINT step");
        _release = Prepare(connection, "RELEASE step");
        _rollbackTo = Prepare(connection, "ROLLBACK TO step");
        _claim = Prepare(connection, "SELECT status, claimed_by FROM orders WHERE id = $id", "$id");
        _event = Prepare(connection,
            "INSERT INTO events (at_utc, station, packer, order_id, kind, code, detail, units) VALUES ($at, $station, $packer, $order, $kind, $code, $detail, $units)",
            "$at", "$station", "$packer", "$order", "$kind", "$code", "$detail", "$units");
        _progress = Prepare(connection, "UPDATE orders SET progress = $p, updated_utc = $now WHERE id = $id", "$id", "$p", "$now");
        _parcel = Prepare(connection,
            "INSERT INTO parcels (tracking, order_id, station, created_utc) VALUES ($t, $id, $s, $now) ON CONFLICT (tracking) DO NOTHING",
            "$t", "$id", "$s", "$now");
        _toReady = Prepare(connection,
            "UPDATE orders SET status = 'ready', claimed_by = NULL, claim_expires_utc = NULL, progress = NULL, updated_utc = $now WHERE id = $id",
            "$id", "$now");
        _toHold = Prepare(connection,
            "UPDATE orders SET status = 'hold', hold_reason = $reason, claimed_by = NULL, claim_expires_utc = NULL, updated_utc = $now WHERE id = $id",
            "$id", "$reason", "$now");
        _toPacked = Prepare(connection,
            "UPDATE orders SET status = 'packed', claimed_by = NULL, claim_expires_utc = NULL, packed_utc = $now, updated_utc = $now WHERE id = $id",
            "$id", "$now");
        _confirmation = Prepare(connection,
            """
            INSERT INTO outbox (order_id, shop, external_id, carrier, tracking, packed_at, state, attempts, next_attempt_utc)
            VALUES ($order, $shop, $ext, $carrier, $tracking, $packed, 'pending', 0, $next)
            """,
            "$order", "$shop", "$ext", "$carrier", "$tracking", "$packed", "$next");
    }

    /// <summary>Points every statement at the batch's transaction.</summary>
    public void Use(SqliteTransaction transaction)
    {
        foreach (var command in _all)
            command.Transaction = transaction;
    }

    public void Savepoint() => _savepoint.ExecuteNonQuery();

    public void Release() => _release.ExecuteNonQuery();

    public void RollbackToSavepoint() => _rollbackTo.ExecuteNonQuery();

    /// <summary>Throws <see cref="ClaimLostException"/> unless the order is in progress at this station.</summary>
    public void RequireClaim(string orderId, string stationId)
    {
        _claim.Parameters[0].Value = orderId;
        using var reader = _claim.ExecuteReader();
        if (!reader.Read())
            throw new ClaimLostException($"Order {orderId} does not exist.");
        var status = reader.GetString(0);
        var claimedBy = Sql.NullableString(reader, 1);
        if (status != "in-progress" || claimedBy != stationId)
            throw new ClaimLostException($"Station {stationId} no longer holds order {orderId} (it is {status}{(claimedBy is null ? "" : " at " + claimedBy)}).");
    }

    public void InsertEvent(PackEvent e)
    {
        var p = _event.Parameters;
        p[0].Value = Sql.Ms(e.At);
        p[1].Value = e.StationId;
        p[2].Value = (object?)e.PackerId ?? DBNull.Value;
        p[3].Value = (object?)e.OrderId ?? DBNull.Value;
        p[4].Value = e.Kind.ToString();
        p[5].Value = (object?)e.Code ?? DBNull.Value;
        p[6].Value = (object?)e.Detail ?? DBNull.Value;
        p[7].Value = e.Units;
        _event.ExecuteNonQuery();
    }

    public void SaveProgress(string orderId, string progressJson, long nowMs) => Run(_progress, orderId, progressJson, nowMs);

    public void InsertParcel(string tracking, string orderId, string stationId, long nowMs) =>
        Run(_parcel, tracking, orderId, stationId, nowMs);

    public void Transition(string orderId, OrderStatus to, string? reason, long nowMs)
    {
        switch (to)
        {
            case OrderStatus.Ready:
                Run(_toReady, orderId, nowMs);
                break;
            case OrderStatus.Hold:
                Run(_toHold, orderId, reason, nowMs);
                break;
            case OrderStatus.Packed:
                Run(_toPacked, orderId, nowMs);
                break;
            default:
                throw new ArgumentException($"A station cannot move an order to {to}.", nameof(to));
        }
    }

    public void InsertConfirmation(ShipmentConfirmation confirmation, string trackingJson) =>
        Run(_confirmation, confirmation.OrderId, confirmation.Shop, confirmation.ExternalId, confirmation.Carrier, trackingJson,
            Sql.Iso(confirmation.PackedAt), Sql.Ms(confirmation.PackedAt));

    public void Dispose()
    {
        foreach (var command in _all)
            command.Dispose();
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        command.Prepare();
        _all.Add(command);
        return command;
    }
}
