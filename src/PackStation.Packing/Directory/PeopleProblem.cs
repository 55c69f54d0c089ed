namespace PackStation.Packing.Directory;

/// <summary>Why a change to people was not made; the web answers 400, 404 or 409 and the command line exits 7, 1 or 1.</summary>
public sealed record PeopleProblem(PeopleProblemKind Kind, string Message);
