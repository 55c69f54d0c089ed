namespace PackStation.Hardware.Printers.Tspl;

/// <summary>The TSPL <c>ESC !?</c> status byte (answered even while the printer is in error).</summary>
public static class TsplStatus
{
    public static ReadOnlySpan<byte> Query => [0x1B, (byte)'!', (byte)'?'];

    /// <summary>
    /// bit0 head open, bit1 paper jam, bit2 paper out, bit3 ribbon out, bit4 pause, bit5 printing, bit6 cover open,
    /// bit7 temperature out of range. "Printing" alone is ready: the printer buffers the next label.
    /// </summary>
    public static PrinterStatus Interpret(byte status)
    {
        if ((status & 0x04) != 0)
            return PrinterStatus.Faulted(PrinterFaults.PaperOut, "out of paper");
        if ((status & 0x02) != 0)
            return PrinterStatus.Faulted(PrinterFaults.PaperOut, "paper jam");
        if ((status & 0x41) != 0)
            return PrinterStatus.Faulted(PrinterFaults.CoverOpen, (status & 0x01) != 0 ? "print head open" : "cover open");
        if ((status & 0x08) != 0)
            return PrinterStatus.Faulted(PrinterFaults.RibbonOut, "out of ribbon");
        if ((status & 0x80) != 0)
            return PrinterStatus.Faulted(PrinterFaults.HeadError, "temperature out of range");
        if ((status & 0x10) != 0)
            return PrinterStatus.Faulted(PrinterFaults.Paused, "paused");
        return (status & 0x20) != 0 ? new PrinterStatus(true, null, "printing") : PrinterStatus.ReadyToPrint;
    }
}
