using PackStation.Hardware.Printers;
using PackStation.Labels.Layout;

namespace PackStation.Labels;

/// <summary>
/// One label ready to print: <see cref="Bytes"/> in <see cref="Language"/>, what it is, and how it was made
/// (<see cref="RasterElements"/> elements went as images because the printer could not draw them itself).
/// </summary>
public sealed record RenderedLabel(
    byte[] Bytes,
    PrinterLanguage Language,
    LabelTemplate Template,
    string TrackingNumber,
    int WidthDots,
    int HeightDots,
    int RasterElements,
    LabelLayout Layout);
