using Npgsql;
using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Postgres;

/// <summary>Following the event log by sequence number on PostgreSQL, where commits can land out of sequence order.</summary>
public sealed class PostgresEventLogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ReadEventsAsync_LowerSequenceStillBeingWritten_IsNotSteppedOver()
    {
        await using var fixture = await StoreFixture.CreateAsync(StoreProvider.Postgres);
        await using var slow = new NpgsqlConnection(fixture.Settings["Store:ConnectionString"]);
        await slow.OpenAsync();
        await using var open = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO events (at_utc, station, kind, units) VALUES (0, 'S01', 'LoggedIn', 0)", slow, open))
            await insert.ExecuteNonQueryAsync();

        // A later step commits first: its sequence number is higher than the one still being written.
        await fixture.Packing.CommitAsync(new PackCommit("S02", [new PackEvent(fixture.Now, "S02", null, null, PackEventKind.LoggedIn)]), None);
        var first = await fixture.Packing.ReadEventsAsync(0, 100, None);
        await open.CommitAsync();
        var after = first.Count == 0 ? 0 : first[^1].Sequence;
        var second = await fixture.Packing.ReadEventsAsync(after, 100, None);

        Assert.Empty(first);
        Assert.Equal(["S01", "S02"], first.Concat(second).Select(e => e.StationId));
    }
}
