using PackStation.Domain.Ports;

namespace PackStation.Packing.Stations;

/// <summary>The station printer's queue was held, resumed, or finished a job (<paramref name="Finished"/>).</summary>
internal sealed record PrintQueueChanged(PrintJob? Finished) : StationInput;
