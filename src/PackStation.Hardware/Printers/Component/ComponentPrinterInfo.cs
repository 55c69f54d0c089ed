namespace PackStation.Hardware.Printers.Component;

/// <summary>A printer the component drives (<c>getPrinters</c>): its name, whether it is enabled, and whether it is the default.</summary>
public sealed record ComponentPrinterInfo(string Name, bool Enabled, bool IsDefault);
