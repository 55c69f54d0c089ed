using System.ComponentModel.DataAnnotations;

namespace PackStation.Storage;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>How durable a commit is in SQLite: Normal survives a process crash, Full also a power cut.</summary>
public enum StoreDurability
{
    Normal,
    Full,
}

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// For SQLite: "Data Source=data/packstation.db" (the folder is created). For PostgreSQL: an Npgsql connection string,
    /// "Host=db.local;Port=5432;Database=packstation;Username=packstation;Password=…".
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/packstation.db";

    public StoreDurability Durability { get; set; } = StoreDurability.Full;

    /// <summary>How long a station's claim on an order lasts without renewal before another station may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// PostgreSQL: the most connections this host opens (unless the connection string sets Maximum Pool Size). Eight per
    /// host keeps ten hosts, with their listeners, under the server's default max_connections of 100.
    /// </summary>
    [Range(2, 200)]
    public int MaxPoolSize { get; set; } = 8;

    /// <summary>PostgreSQL: TCP keepalive interval (unless the connection string sets Keepalive), so a dead link is noticed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>SQLite: how long a writer waits for another writer's lock before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

}
