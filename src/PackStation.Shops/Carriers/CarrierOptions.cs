namespace PackStation.Shops.Carriers;

/// <summary>The <c>Carrier</c> section for an HTTP carrier API (issues tracking numbers per parcel).</summary>
public sealed class CarrierOptions
{
    public const string Section = "Carrier";

    /// <summary>The carrier API's root address; no HTTP carrier source is used when empty.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as a bearer token; from the environment or secrets file, never logged.</summary>
    public string? ApiKey { get; set; }
}
