using System.Collections.Concurrent;

namespace PackStation.Storage.Sqlite;

/// <summary>
/// One writer at a time per database file within this process. Without it, thirty stations racing for SQLite's
/// write lock retry on timers and the unlucky ones starve; with it they queue in order.
/// </summary>
internal static class WriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string dataSource)
    {
        var key = dataSource == ":memory:" ? dataSource : Path.GetFullPath(dataSource);
        return Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
    }
}
