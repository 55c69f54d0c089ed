using Microsoft.Extensions.Logging;
using PackStation.Packing.Directory;
using PackStation.Packing.Labelling;

namespace PackStation.Packing.Stations;

/// <summary>
/// What all stations of a host share: the packing options, the store ports they use (<see cref="StationStores"/>:
/// claims, step commits, print jobs), the directory of products and packers, the labeler, the board the screens read,
/// the latency recorder, the clock and the loggers. Each part of a <see cref="StationRuntime"/> is handed only the
/// ports it needs.
/// </summary>
public sealed record StationServices(
    PackingOptions Options,
    StationStores Stores,
    PackingDirectory Directory,
    IParcelLabeler Labeler,
    StationBoard Board,
    LatencyRecorder Latency,
    TimeProvider Clock,
    ILoggerFactory Loggers);
