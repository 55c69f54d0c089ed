using PackStation.Domain.Ports;

namespace PackStation.Web.Api;

/// <summary>A print job of an order as the dashboard shows it: what, where, how far it got (never its bytes).</summary>
/// <param name="Kind">label, reprint or slip.</param>
/// <param name="State">queued, sending, done or failed.</param>
public sealed record LabelJobView(long Id, string Kind, string State, string Printer, string? Station, string? TrackingNumber, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError, long? ReprintOf)
{
    public static LabelJobView Of(PrintJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new LabelJobView(job.Id, job.Kind.ToString().ToLowerInvariant(), job.State.ToString().ToLowerInvariant(), job.Printer, job.Station,
            job.TrackingNumber, job.Attempts, job.CreatedAt, job.SentAt, job.LastError, job.ReprintOf);
    }
}
