namespace PackStation.Domain.Orders;

/// <summary>Who receives the parcel. All of it is untrusted customer text.</summary>
public sealed record Recipient(
    string Name,
    string Phone,
    string Address,
    string? City = null,
    string? Province = null,
    string? District = null,
    string? PostalCode = null,
    string Country = "CN");
