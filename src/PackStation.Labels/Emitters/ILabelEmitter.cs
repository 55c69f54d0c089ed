using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;
using PackStation.Labels.Layout;
using PackStation.Labels.Raster;

namespace PackStation.Labels.Emitters;

/// <summary>Turns a laid-out label into one printer language's bytes (pure; no I/O).</summary>
public interface ILabelEmitter
{
    PrinterLanguage Language { get; }

    EmittedLabel Emit(LabelLayout layout, PrinterSettings printer, ElementRasterizer rasterizer, bool forceRaster);
}
