namespace PackStation.Domain.Ports;

/// <summary>Per-shop sync cursors ("orders updated up to here"), kept across restarts.</summary>
public interface ISyncStateStore
{
    Task<string?> GetCursorAsync(string shop, string name, CancellationToken cancellationToken);

    Task SetCursorAsync(string shop, string name, string value, CancellationToken cancellationToken);
}
