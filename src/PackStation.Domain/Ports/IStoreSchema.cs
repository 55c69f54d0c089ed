namespace PackStation.Domain.Ports;

/// <summary>The store's own structure: created or upgraded by its provider's migrations before anything else runs.</summary>
public interface IStoreSchema
{
    /// <summary>Creates or upgrades the schema. Safe to call at every start, and from several processes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
