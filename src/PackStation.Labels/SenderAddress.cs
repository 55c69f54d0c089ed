namespace PackStation.Labels;

/// <summary>Who ships the parcel (the shop's warehouse), from configuration section <c>Labels:Sender</c>.</summary>
public sealed record SenderAddress
{
    public string Name { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string? City { get; init; }

    public string? Province { get; init; }

    public string? PostalCode { get; init; }

    public string Country { get; init; } = "CN";
}
