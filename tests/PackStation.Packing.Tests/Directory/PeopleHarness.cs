using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PackStation.Packing.Directory;
using PackStation.Storage;
using PackStation.Storage.Sqlite;
using PackStation.TestKit;

namespace PackStation.Packing.Tests.Directory;

/// <summary>A migrated SQLite store in a temp folder, its directory, the people service and the staff importer.</summary>
internal sealed class PeopleHarness : IAsyncDisposable
{
    private readonly TempDirectory _dir = new("people");

    private PeopleHarness()
    {
        Store = new SqlitePackStore(new StoreOptions { ConnectionString = $"Data Source={_dir.File("store.db")}", Durability = StoreDurability.Normal }, Clock);
        Directory = new PackingDirectory(Store, Store);
        People = new PeopleService(Store, Directory, Clock, NullLogger<PeopleService>.Instance);
        Importer = new StaffImporter(People);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    public SqlitePackStore Store { get; }
    public PackingDirectory Directory { get; }
    public PeopleService People { get; }
    public StaffImporter Importer { get; }

    public static async Task<PeopleHarness> CreateAsync()
    {
        var harness = new PeopleHarness();
        await harness.Store.MigrateAsync(CancellationToken.None);
        return harness;
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
