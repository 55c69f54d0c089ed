namespace PackStation.Domain.Ports;

/// <summary>
/// Who holds a lease: one running process (<see cref="Id"/> is unique to it), on <see cref="Host"/> with
/// <see cref="ProcessId"/>, started at <see cref="Started"/>; <see cref="Description"/> says what it is for people
/// ("packstation run").
/// </summary>
public sealed record LeaseHolder(string Id, string Host, int ProcessId, DateTimeOffset Started, string Description)
{
    public override string ToString() => $"{Description} (pid {ProcessId} on {Host}, started {Started:yyyy-MM-dd HH:mm:ss} UTC)";
}
