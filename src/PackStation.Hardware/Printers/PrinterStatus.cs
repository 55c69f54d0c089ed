namespace PackStation.Hardware.Printers;

/// <summary>What the printer says about itself. <see cref="Fault"/> is a stable slug ("paper-out", "cover-open", "offline").</summary>
public sealed record PrinterStatus(bool Ready, string? Fault = null, string? Detail = null)
{
    public static PrinterStatus ReadyToPrint { get; } = new(true);

    public static PrinterStatus Faulted(string fault, string? detail = null) => new(false, fault, detail);
}
