using System.ComponentModel.DataAnnotations;

namespace PackStation.Shops.Carriers;

/// <summary>The <c>Carrier</c> section for an HTTP carrier API (issues tracking numbers per parcel).</summary>
public sealed class CarrierOptions : IValidatableObject
{
    public const string Section = "Carrier";

    /// <summary>Where tracking numbers come from: Pool (default), Sscc, Http (this API) or Cainiao (e-waybills).</summary>
    public string? TrackingNumbers { get; set; }

    /// <summary>The carrier API's root address; no HTTP carrier source is used when empty.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as a bearer token; from the environment or secrets file, never logged.</summary>
    public string? ApiKey { get; set; }

    public bool UsesHttpApi => string.Equals(TrackingNumbers, "Http", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { IsAbsoluteUri: false })
            yield return new ValidationResult("must be an absolute address (https://…).", [nameof(BaseUrl)]);
        else if (UsesHttpApi && BaseUrl is null)
            yield return new ValidationResult("is required when Carrier:TrackingNumbers is Http.", [nameof(BaseUrl)]);
    }
}
