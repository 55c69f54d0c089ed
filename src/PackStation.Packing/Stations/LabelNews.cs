using PackStation.Domain.Ports;

namespace PackStation.Packing.Stations;

/// <summary>What the print queue's news means for the station's labels (<see cref="StationLabels.Hear"/>).</summary>
internal abstract record LabelNews;

/// <summary>The label the session waits for reached its end: printed (<see cref="PrintJobState.Done"/>) or given up (Failed).</summary>
internal sealed record LabelFinished(string TrackingNumber, PrintJob Job) : LabelNews;

/// <summary>A reprint reached its end.</summary>
internal sealed record ReprintFinished(PrintJob Job) : LabelNews;

/// <summary>A printer fault holds the label the session waits for (told once per fault).</summary>
internal sealed record LabelHeld(string Fault) : LabelNews;
