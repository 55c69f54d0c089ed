using PackStation.Domain.Ports;

namespace PackStation.Packing.Stations;

/// <summary>The store ports a station works with: its claims, its committed steps, its printer's queue.</summary>
public sealed record StationStores(IClaimStore Claims, IPackingStore Packing, IPrintJobStore PrintJobs);
