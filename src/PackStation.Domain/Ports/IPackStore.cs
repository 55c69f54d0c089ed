namespace PackStation.Domain.Ports;

/// <summary>
/// The whole store. SQLite is the embedded default; PostgreSQL serves several hosts. Callers depend on the narrow
/// interfaces; composition registers one implementation for all of them.
/// </summary>
public interface IPackStore : IOrderStore, IClaimStore, IPackingStore, ICatalogueStore, IPeopleStore, IOutboxStore, ISyncStateStore, IPrintJobStore
{
    /// <summary>Creates or upgrades the schema. Safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
