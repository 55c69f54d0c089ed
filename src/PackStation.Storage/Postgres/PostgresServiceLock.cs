using PackStation.Domain.Ports;

namespace PackStation.Storage.Postgres;

/// <summary>
/// On PostgreSQL several hosts run their service on one store: nothing to hold here. Their stations are kept apart by
/// the station leases, the site-wide work by its leases.
/// </summary>
internal sealed class PostgresServiceLock : IServiceLock
{
    public Task AcquireAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
