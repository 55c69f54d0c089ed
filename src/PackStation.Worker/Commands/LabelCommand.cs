using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PackStation.Domain.Orders;
using PackStation.Hardware;
using PackStation.Hardware.Profiles;
using PackStation.Labels;
using PackStation.Shops.Connectors;
using PackStation.Shops.Files;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation label --order FILE --printer P [--template T] [--tracking N] [--out FILE] [--png FILE]</c>: renders
/// one label for the printer profile: <c>--out</c> gets the exact printer bytes, <c>--png</c> a preview. Without
/// <c>--tracking</c> the order's pre-printed waybill number is used. The sender comes from <c>Site:Sender</c>.
/// </summary>
public sealed class LabelCommand : ICliCommand
{
    public string Name => "label";

    public string Usage => "label --order FILE --printer P [--template T] [--tracking N] [--out FILE] [--png FILE]";

    public string Summary => "render one label: --out the exact printer bytes, --png a preview";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(["raster"]);

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var orderPath = arguments.Require("order");
        var printerName = arguments.Require("printer");
        LabelTemplate? template = null;
        if (arguments.Get("template") is { } templateName)
        {
            template = LabelTemplates.TryParse(templateName, out var parsed) ? parsed
                : throw new CliUsageException($"--template {templateName} is not one of {string.Join(", ", LabelTemplates.Names)}.");
        }

        if (!File.Exists(orderPath))
            throw new CliUsageException($"--order {orderPath} does not exist.");
        Order order;
        try
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(orderPath, cancellationToken));
            order = JsonOrderReader.Map(document.RootElement, "file", File.GetLastWriteTimeUtc(orderPath));
        }
        catch (Exception e) when (e is JsonException or ShopDataException)
        {
            var what = e is JsonException ? "not valid JSON: " : "not an order: ";
            await context.Error.WriteLineAsync($"packstation label: {orderPath}: {what}{e.Message}");
            return ExitCodes.Invalid;
        }

        var tracking = arguments.Get("tracking") ?? order.Waybill
            ?? throw new CliUsageException("--tracking is required: the order has no pre-printed waybill number.");
        await using var services = await context.BuildServicesAsync(
            (s, c) => s.AddPackStationHardware(c).AddPackStationLabels(c), cancellationToken);
        var printer = services.GetRequiredService<ProfileLibrary>().Get(DeviceKind.Printer, printerName);
        if (printer.Printer is null)
            throw new ProfileException($"Printer profile {printer.Id} has no printer section.");
        var renderer = services.GetRequiredService<ILabelRenderer>();
        var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        RenderedLabel label;
        try
        {
            label = renderer.Render(new LabelRequest
            {
                Order = order, TrackingNumber = tracking, Carrier = order.Carrier, Sender = site.Sender,
                Printer = printer.Printer, Template = template, ForceRaster = arguments.Has("raster"),
            });
        }
        catch (LabelRenderException e)
        {
            await context.Error.WriteLineAsync($"packstation label: {e.Message}");
            return ExitCodes.Invalid;
        }

        if (arguments.Get("out") is { } outPath)
            await File.WriteAllBytesAsync(outPath, label.Bytes, cancellationToken);
        if (arguments.Get("png") is { } pngPath)
            await File.WriteAllBytesAsync(pngPath, renderer.RenderPng(label), cancellationToken);
        await context.Out.WriteLineAsync(
            $"{LabelTemplates.Name(label.Template)} for {order.Id} on {printer.Id}: {label.Language}, {label.WidthDots}x{label.HeightDots} dots, {label.Bytes.Length} bytes, {label.RasterElements} raster elements, tracking {label.TrackingNumber}");
        return ExitCodes.Ok;
    }
}
