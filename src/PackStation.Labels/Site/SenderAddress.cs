namespace PackStation.Labels;

/// <summary>Who ships the parcel (the shop's warehouse): configuration section <c>Site:Sender</c>.</summary>
public sealed record SenderAddress
{
    public string Name { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string? City { get; init; }

    public string? Province { get; init; }

    public string? District { get; init; }

    public string? PostalCode { get; init; }

    public string Country { get; init; } = "CN";

    /// <summary>Name, phone and street address are what a courier needs to return a parcel.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Phone) && !string.IsNullOrWhiteSpace(Address);
}
