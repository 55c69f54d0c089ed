using PackStation.Domain.Ports;

namespace PackStation.Storage.Sqlite;

/// <summary>A station step waiting for the group writer, with its JSON columns already written.</summary>
internal sealed record QueuedCommit(PackCommit Commit, string? ProgressJson, string? TrackingJson);
