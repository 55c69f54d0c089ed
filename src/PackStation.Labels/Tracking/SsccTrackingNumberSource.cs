using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;

namespace PackStation.Labels.Tracking;

/// <summary>
/// SSCC-18 tracking numbers from the configured company prefix; serial references come from the store's
/// <c>sscc</c> sequence, so a number is never made twice and a retry for the same parcel gives the same one.
/// </summary>
public sealed class SsccTrackingNumberSource(ITrackingNumberStore store, IOptions<SsccOptions> options) : ITrackingNumberSource
{
    public const string SequenceName = "sscc";

    public async Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var serial = await store.NextSequenceValueAsync(SequenceName, orderId, parcel, cancellationToken);
        return Sscc.Create(settings.ExtensionDigit, settings.CompanyPrefix, serial);
    }
}
