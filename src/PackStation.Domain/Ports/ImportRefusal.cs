namespace PackStation.Domain.Ports;

/// <summary>An order of an import that the store refused alone (its id belongs to another order); the rest came in.</summary>
public sealed record ImportRefusal(string Shop, string ExternalId, string Reason);
