using Npgsql;
using NpgsqlTypes;
using PackStation.Domain.Events;
using PackStation.Storage.Rows;

namespace PackStation.Storage.Postgres;

/// <summary>Writes events, all of one step in one statement (arrays unnested on the server).</summary>
internal static class PgEvents
{
    public const string Insert =
        """
        INSERT INTO events (at_utc, station, packer, order_id, kind, code, detail, units)
        SELECT * FROM unnest(@at, @station, @packer, @order, @kind, @code, @detail, @units)
        """;

    public static NpgsqlParameter[] Values(IReadOnlyList<PackEvent> events) =>
    [
        new("at", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = events.Select(e => StoredValues.Ms(e.At)).ToArray() },
        Pg.Texts("station", events.Select(e => e.StationId).ToArray()),
        Pg.Texts("packer", events.Select(e => e.PackerId).ToArray()),
        Pg.Texts("order", events.Select(e => e.OrderId).ToArray()),
        Pg.Texts("kind", events.Select(e => e.Kind.ToString()).ToArray()),
        Pg.Texts("code", events.Select(e => e.Code).ToArray()),
        Pg.Texts("detail", events.Select(e => e.Detail).ToArray()),
        Pg.Ints("units", events.Select(e => (int?)e.Units).ToArray()),
    ];

    public static Task<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PackEvent> events,
        CancellationToken cancellationToken) =>
        events.Count == 0 ? Task.FromResult(0) : Pg.ExecuteAsync(connection, transaction, Insert, cancellationToken, Values(events));
}
