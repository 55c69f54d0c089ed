using System.Data.Common;
using System.Globalization;
using PackStation.Domain.Claims;
using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packers;
using PackStation.Domain.Packing;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using static PackStation.Storage.Rows.StoredValues;

namespace PackStation.Storage.Rows;

/// <summary>
/// Reads the rows every provider's tables share (same columns, same order, same value forms): each provider selects
/// the column list named here and hands its reader over.
/// </summary>
internal static class StoredRows
{
    public const string OrderColumns =
        "id, shop, external_id, status, created_at, ship_by, shop_updated_utc, recipient, carrier, tote, waybill, hold_reason, claimed_by, claim_expires_utc, progress";

    public const string EventColumns = "seq, at_utc, station, packer, order_id, kind, code, detail, units";

    public const string OutboxColumns =
        "id, order_id, shop, external_id, carrier, tracking, packed_at, state, attempts, next_attempt_utc, delivered_at, last_error";

    public const string PrintJobColumns =
        "id, printer, station, kind, order_id, reprint_of, bytes, state, attempts, created_at, sent_at, last_error, tracking";

    public const string AccountColumns = "user_name, password_hash, role, must_change, created_utc, active, session_stamp";

    public const string PeopleEventColumns = "seq, at_utc, actor, subject_kind, subject, action, detail";

    public const string PackerColumns = "id, name, badge, role, active";

    /// <summary>An order row of <see cref="OrderColumns"/>, without its lines.</summary>
    public static ClaimedOrder Order(DbDataReader r)
    {
        var id = r.GetString(0);
        var order = new Order
        {
            Id = id,
            Shop = r.GetString(1),
            ExternalId = r.GetString(2),
            Status = OrderStatusNames.Parse(r.GetString(3)),
            CreatedAt = ParseIso(r.GetString(4)),
            ShipBy = NullableString(r, 5) is { } shipBy ? ParseIso(shipBy) : null,
            ShopUpdatedAt = NullableMs(r, 6),
            Recipient = StoreJson.Read<Recipient>(r.GetString(7)),
            Carrier = NullableString(r, 8),
            Tote = NullableString(r, 9),
            Waybill = NullableString(r, 10),
            HoldReason = NullableString(r, 11),
            Lines = [],
        };
        var progress = NullableString(r, 14) is { } json ? StoreJson.Read<OrderProgress>(json) : OrderProgress.Empty(id);
        return new ClaimedOrder(order, NullableString(r, 12), NullableMs(r, 13), progress);
    }

    /// <summary>An order line of (sku, title, quantity, unit_grams) starting at <paramref name="first"/>.</summary>
    public static OrderLine Line(DbDataReader r, int first) =>
        new(r.GetString(first), r.GetString(first + 1), r.GetInt32(first + 2), r.IsDBNull(first + 3) ? null : r.GetInt32(first + 3));

    /// <summary>An event row of <see cref="EventColumns"/>; null for a kind this build does not know (a newer version wrote it).</summary>
    public static PackEvent? Event(DbDataReader r) =>
        Enum.TryParse<PackEventKind>(r.GetString(5), out var kind)
            ? new PackEvent(FromMs(r.GetInt64(1)), r.GetString(2), NullableString(r, 3), NullableString(r, 4),
                kind, NullableString(r, 6), NullableString(r, 7), r.GetInt32(8)) { Sequence = r.GetInt64(0) }
            : null;

    public static ShipmentConfirmation Confirmation(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        OrderId = r.GetString(1),
        Shop = r.GetString(2),
        ExternalId = r.GetString(3),
        Carrier = NullableString(r, 4),
        TrackingNumbers = StoreJson.Read<string[]>(r.GetString(5)),
        PackedAt = ParseIso(r.GetString(6)),
        State = Enum.Parse<ConfirmationState>(r.GetString(7), ignoreCase: true),
        Attempts = r.GetInt32(8),
        NextAttemptAt = NullableMs(r, 9),
        DeliveredAt = NullableString(r, 10) is { } delivered ? ParseIso(delivered) : null,
        LastError = NullableString(r, 11),
    };

    public static PrintJob PrintJob(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Printer = r.GetString(1),
        Station = NullableString(r, 2),
        Kind = Enum.Parse<PrintJobKind>(r.GetString(3), ignoreCase: true),
        OrderId = NullableString(r, 4),
        ReprintOf = NullableLong(r, 5),
        Bytes = (byte[])r.GetValue(6),
        State = Enum.Parse<PrintJobState>(r.GetString(7), ignoreCase: true),
        Attempts = r.GetInt32(8),
        CreatedAt = ParseIso(r.GetString(9)),
        SentAt = NullableString(r, 10) is { } sent ? ParseIso(sent) : null,
        LastError = NullableString(r, 11),
        TrackingNumber = NullableString(r, 12),
    };

    public static WebAccount Account(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Flag(r, 3), FromMs(r.GetInt64(4)), Flag(r, 5), r.GetString(6));

    /// <summary>A packer row of <see cref="PackerColumns"/>; an unknown role reads as a packer.</summary>
    public static Packer Packer(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Enum.TryParse<PackerRole>(r.GetString(3), out var role) ? role : PackerRole.Packer, Flag(r, 4));

    /// <summary>A people_events row of <see cref="PeopleEventColumns"/>.</summary>
    public static PeopleEvent PeopleEvent(DbDataReader r) => new(
        FromMs(r.GetInt64(1)), r.GetString(2), Enum.Parse<PeopleSubject>(r.GetString(3)), r.GetString(4),
        Enum.Parse<PeopleAction>(r.GetString(5)), NullableString(r, 6), r.GetInt64(0));

    /// <summary>A 0/1 integer column (INTEGER on both providers; read through the value, as the width differs).</summary>
    private static bool Flag(DbDataReader r, int ordinal) => Convert.ToInt64(r.GetValue(ordinal), CultureInfo.InvariantCulture) != 0;
}
