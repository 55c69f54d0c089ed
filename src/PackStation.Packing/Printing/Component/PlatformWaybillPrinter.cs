using System.Text.Json;
using System.Text.Json.Nodes;
using PackStation.Domain.Ports;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Printers.Component;

namespace PackStation.Packing.Printing.Component;

/// <summary>
/// A station printer that is a platform print component: completes each queued job's document before it goes out.
/// <c>contents[0]</c> is the parcel's stored print data (encrypted standard area: <c>encryptedData</c>,
/// <c>signature</c>, <c>templateURL</c>, <c>ver</c>) exactly as the waybill API gave it, <c>contents[1]</c> the
/// custom area from the job (plus the station). A parcel without usable print data is held with the reason; nothing
/// of the print data is ever logged or put in a message.
/// </summary>
public sealed class PlatformWaybillPrinter(ITaskPrinter component, IWaybillPrintDataStore printData, PrintComponentOptions options) : ITaskPrinter
{
    public const string NoPrintData = "no-print-data";

    public string Name => component.Name;

    public PrinterLanguage Language => PrinterLanguage.Component;

    public DeviceHealth Health => component.Health;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => component.HealthChanged += value;
        remove => component.HealthChanged -= value;
    }

    public ITaskPrinter Component => component;

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken) => component.QueryStatusAsync(cancellationToken);

    public Task SendAsync(ReadOnlyMemory<byte> job, CancellationToken cancellationToken) => component.SendAsync(job, cancellationToken);

    /// <summary><paramref name="job"/>'s contents are the custom area (<see cref="ComponentCustomArea"/>); the standard area is added here.</summary>
    public async Task PrintTaskAsync(ComponentJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var waybill = await printData.GetWaybillAsync(job.DocumentId, cancellationToken);
        if (waybill?.PrintData is not { } data)
            throw Held($"waybill {job.DocumentId} has no print data from the platform: it cannot be printed by the component (void the parcel and print a new one)");
        JsonObject? custom;
        try
        {
            custom = JsonNode.Parse(job.ContentsJson) as JsonObject;
        }
        catch (JsonException)
        {
            custom = null;
        }

        var contents = new JsonArray(new JsonObject
        {
            ["encryptedData"] = data.EncryptedData,
            ["signature"] = data.Signature,
            ["templateURL"] = data.TemplateUrl,
            ["ver"] = data.Version,
        });
        if (options.CustomAreaTemplateUrl is { } template && custom?["data"] is JsonObject area)
        {
            var plain = (JsonObject)area.DeepClone();
            plain["station"] = job.Station;
            contents.Add(new JsonObject { ["templateURL"] = template.ToString(), ["data"] = plain });
        }

        await component.PrintTaskAsync(job with { ContentsJson = contents.ToJsonString() }, cancellationToken);
    }

    private PrinterNotReadyException Held(string reason) => new(PrinterStatus.Faulted(NoPrintData, reason), Name);

    public ValueTask DisposeAsync() => component.DisposeAsync();
}
