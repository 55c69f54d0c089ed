using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;

namespace PackStation.TestKit.Stores;

/// <summary>
/// Every store port of one composition (as <c>AddPackStationStorage</c> registers them), over one database. Disposing
/// it closes that composition's connections, as a process ending would.
/// </summary>
public class StorePorts : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    internal StorePorts(ServiceProvider services)
    {
        _services = services;
    }

    public IServiceProvider Services => _services;

    public IStoreSchema Schema => Get<IStoreSchema>();

    public IOrderStore Orders => Get<IOrderStore>();

    public IClaimStore Claims => Get<IClaimStore>();

    public IPackingStore Packing => Get<IPackingStore>();

    public ICatalogueStore Catalogue => Get<ICatalogueStore>();

    public IPeopleStore People => Get<IPeopleStore>();

    public IOutboxStore Outbox => Get<IOutboxStore>();

    public ISyncStateStore SyncState => Get<ISyncStateStore>();

    public ISyncLease SyncLease => Get<ISyncLease>();

    public IPrintJobStore PrintJobs => Get<IPrintJobStore>();

    public ITrackingNumberStore TrackingNumbers => Get<ITrackingNumberStore>();

    public IWaybillStore Waybills => Get<IWaybillStore>();

    public IAccountStore Accounts => Get<IAccountStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public virtual async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
