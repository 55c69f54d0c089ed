using PackStation.Domain.Events;
using PackStation.Domain.Ports;
using PackStation.Storage.Sqlite;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Sqlite;

/// <summary>What only the SQLite provider promises: its migrations, its group writer, its WAL checkpoints.</summary>
public sealed class SqliteStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static PackEvent Event(StoreFixture f) => new(f.Clock.GetUtcNow(), "S01", "P01", null, PackEventKind.LoggedIn, "6901234567892", "detail");

    [Fact]
    public async Task MigrateAsync_Twice_AppliesEachScriptOnce()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        await fixture.Schema.MigrateAsync(None);
        await fixture.Open().Schema.MigrateAsync(None);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.DatabasePath}");
        await connection.OpenAsync();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*), COUNT(DISTINCT id) FROM schema_migrations";
        using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.NotEmpty(SqliteMigrator.Scripts);
        Assert.Equal(SqliteMigrator.Scripts.Count, reader.GetInt32(0));
        Assert.Equal(SqliteMigrator.Scripts.Count, reader.GetInt32(1));
    }

    [Fact]
    public async Task Dispose_WithCommitsQueued_WritesThemAndRefusesLaterOnes()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        var store = fixture.Open();
        var queued = Enumerable.Range(0, 50)
            .Select(_ => store.Packing.CommitAsync(new PackCommit("S01", [Event(fixture)]), None)).ToList();

        await store.DisposeAsync();

        await Task.WhenAll(queued);
        Assert.Equal(50, (await fixture.Packing.ReadEventsAsync(0, 100, None)).Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            store.Packing.CommitAsync(new PackCommit("S01", [Event(fixture)]), None));
    }

    [Fact]
    public async Task CommitAsync_ManySteps_PagesReachTheDatabaseFileWithoutACommitCheckpointing()
    {
        await using var fixture = await StoreFixture.CreateAsync();
        var sizeBefore = new FileInfo(fixture.DatabasePath).Length;
        var detail = new string('x', 1000);

        // About 2 MB of events: far below the writer's own checkpoint threshold (40 MB), so only the
        // background checkpointer moves them from the WAL into the database file.
        await Task.WhenAll(Enumerable.Range(0, 2000).Select(_ => fixture.Packing.CommitAsync(
            new PackCommit("S01", [Event(fixture) with { Detail = detail }]), None)));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(fixture.DatabasePath).Length < sizeBefore + 1_000_000 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.True(new FileInfo(fixture.DatabasePath).Length >= sizeBefore + 1_000_000,
            $"database file {new FileInfo(fixture.DatabasePath).Length} bytes, was {sizeBefore}: the WAL was not checkpointed");
    }
}
