namespace PackStation.Hardware.Printers.Zpl;

/// <summary>The fields of a Zebra <c>~HS</c> reply that matter for printing.</summary>
public sealed record ZplHostStatus
{
    public bool PaperOut { get; init; }
    public bool Paused { get; init; }
    public int FormatsInBuffer { get; init; }
    public bool BufferFull { get; init; }
    public bool PartialFormat { get; init; }
    public bool CorruptRam { get; init; }
    public bool UnderTemperature { get; init; }
    public bool OverTemperature { get; init; }
    public bool HeadUp { get; init; }
    public bool RibbonOut { get; init; }
    public int LabelsRemaining { get; init; }

    /// <summary>True when every label the printer was sent has been printed.</summary>
    public bool Idle => FormatsInBuffer == 0 && LabelsRemaining == 0 && !PartialFormat;

    public PrinterStatus ToPrinterStatus()
    {
        if (PaperOut)
            return PrinterStatus.Faulted(PrinterFaults.PaperOut, "media out");
        if (HeadUp)
            return PrinterStatus.Faulted(PrinterFaults.CoverOpen, "print head open");
        if (RibbonOut)
            return PrinterStatus.Faulted(PrinterFaults.RibbonOut, "ribbon out");
        if (OverTemperature || UnderTemperature || CorruptRam)
            return PrinterStatus.Faulted(PrinterFaults.HeadError, OverTemperature ? "head over temperature" : UnderTemperature ? "head under temperature" : "corrupt RAM");
        if (Paused)
            return PrinterStatus.Faulted(PrinterFaults.Paused, "printer paused");
        return PrinterStatus.ReadyToPrint;
    }
}
