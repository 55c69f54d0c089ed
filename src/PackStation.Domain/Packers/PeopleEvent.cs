namespace PackStation.Domain.Packers;

/// <summary>
/// One change to people: who made it (<paramref name="Actor"/>: "web:admin", "cli:root"), when, to whom and what.
/// Stored with the change in one transaction; <paramref name="Sequence"/> is the store's number for it (0 before).
/// Never holds a password or a badge code.
/// </summary>
public sealed record PeopleEvent(DateTimeOffset At, string Actor, PeopleSubject SubjectKind, string Subject, PeopleAction Action,
    string? Detail = null, long Sequence = 0);
