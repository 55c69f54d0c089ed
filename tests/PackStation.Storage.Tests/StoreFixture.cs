using Microsoft.Extensions.Time.Testing;
using PackStation.Storage;
using PackStation.Storage.Sqlite;
using PackStation.TestKit;

namespace PackStation.Storage.Tests;

/// <summary>A fresh SQLite file per test, migrated, with a fake clock.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly TempDirectory _dir = new("store");
    private readonly List<SqlitePackStore> _opened = [];

    private StoreFixture()
    {
        Path = _dir.File("packstation.db");
        Store = Open();
    }

    public string Path { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));

    public SqlitePackStore Store { get; }

    public static async Task<StoreFixture> CreateAsync()
    {
        var fixture = new StoreFixture();
        await fixture.Store.MigrateAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>Another store object on the same file, as a second process would have.</summary>
    public SqlitePackStore Open()
    {
        var store = new SqlitePackStore(new StoreOptions { ConnectionString = $"Data Source={Path}", Durability = StoreDurability.Normal }, Clock);
        _opened.Add(store);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
            store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
