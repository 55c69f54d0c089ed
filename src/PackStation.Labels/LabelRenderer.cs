using Microsoft.Extensions.Options;
using PackStation.Domain.Privacy;
using PackStation.Hardware.Printers;
using PackStation.Labels.Documents;
using PackStation.Labels.Emitters;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;

namespace PackStation.Labels;

/// <summary>
/// Order + tracking number + printer → content → layout (from dpi and width) → the printer language's bytes. Refuses
/// a shipping label for a receiver the shop protects (<see cref="ReceiverPrivacy.CanRenderOwnLabel"/>): that e-waybill
/// is printed by the platform's print component.
/// </summary>
public sealed class LabelRenderer : ILabelRenderer, IDisposable
{
    private const int MaxTrackingLength = 40;

    private readonly TimeProvider _time;
    private readonly LabelOptions _options;
    private readonly Lazy<TextRasterizer> _text;
    private readonly Dictionary<PrinterLanguage, ILabelEmitter> _emitters;
    private readonly TimeZoneInfo _zone;

    public LabelRenderer(TimeProvider time, IOptions<LabelOptions> options, IOptions<SiteOptions>? site = null)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _text = new Lazy<TextRasterizer>(() => new TextRasterizer(CjkFontLocator.Load(_options.FontPath)), LazyThreadSafetyMode.ExecutionAndPublication);
        ILabelEmitter[] emitters = [new ZplLabelEmitter(_options.ZplCjkFont), new EscPosLabelEmitter(), new TsplLabelEmitter()];
        _emitters = emitters.ToDictionary(e => e.Language);
        _zone = site?.Value is { } siteOptions ? siteOptions.Zone(time) : time.LocalTimeZone;
    }

    public RenderedLabel Render(LabelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateTracking(request.TrackingNumber);
        var template = request.Template ?? LabelTemplates.DefaultFor(request.Carrier ?? request.Order.Carrier, request.Order.Recipient.Country);
        // A platform-protected receiver is masked: a label of ours would carry text a courier cannot deliver to.
        if (template != LabelTemplate.PackingSlip80 && !ReceiverPrivacy.CanRenderOwnLabel(request.Order))
            throw new LabelRenderException(ReceiverPrivacy.OwnLabelRefusal(request.Order));
        var geometry = LabelGeometry.For(template, request.Printer);
        var now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone);
        var content = LabelContent.From(request, template, now);
        var layout = Layout(template, content, geometry);
        var emitter = _emitters[request.Printer.Language];
        var emitted = emitter.Emit(layout, request.Printer, new ElementRasterizer(_text.Value), request.ForceRaster);
        return new RenderedLabel(emitted.Bytes, emitter.Language, template, request.TrackingNumber, layout.WidthDots, layout.HeightDots, emitted.RasterElements, layout);
    }

    public byte[] RenderPng(RenderedLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return PngWriter.Write(new ElementRasterizer(_text.Value).RenderPage(label.Layout));
    }

    public void Dispose()
    {
        if (_text.IsValueCreated)
            _text.Value.Dispose();
    }

    private static LabelLayout Layout(LabelTemplate template, LabelContent content, LabelGeometry geometry) => template switch
    {
        LabelTemplate.Shipping4x6 => ShippingLabelTemplate.Build(content, geometry),
        LabelTemplate.Waybill76x130 or LabelTemplate.Waybill100x180 => WaybillTemplate.Build(content, geometry),
        LabelTemplate.PackingSlip80 => PackingSlipTemplate.Build(content, geometry),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, null),
    };

    private static void ValidateTracking(string? tracking)
    {
        if (string.IsNullOrEmpty(tracking) || tracking.Length > MaxTrackingLength || !tracking.All(c => char.IsAsciiLetterOrDigit(c) || c is '-'))
            throw new LabelRenderException($"A tracking number is 1..{MaxTrackingLength} letters, digits or '-'; \"{PrinterTextSanitizer.Sanitize(tracking)}\" is not.");
    }
}
