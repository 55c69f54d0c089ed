namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Turns DLE EOT replies and ASB packets into a <see cref="PrinterStatus"/> (Epson bit assignments).</summary>
public static class EscPosStatusInterpreter
{
    /// <summary>The four DLE EOT commands, n = 1..4 (printer, offline cause, error cause, roll paper sensor).</summary>
    public static ReadOnlySpan<byte> Query(int n) => n switch
    {
        1 => [0x10, 0x04, 0x01],
        2 => [0x10, 0x04, 0x02],
        3 => [0x10, 0x04, 0x03],
        4 => [0x10, 0x04, 0x04],
        _ => throw new ArgumentOutOfRangeException(nameof(n), n, "DLE EOT n is 1..4."),
    };

    /// <summary>Replies to DLE EOT 1, 2, 3 and 4, in that order.</summary>
    public static PrinterStatus FromRealTime(byte printer, byte offlineCause, byte errorCause, byte paperSensor)
    {
        var paperLow = (paperSensor & 0x0C) != 0;
        if ((paperSensor & 0x60) != 0 || (offlineCause & 0x20) != 0)
            return PrinterStatus.Faulted(PrinterFaults.PaperOut, "paper end");
        if ((offlineCause & 0x04) != 0)
            return PrinterStatus.Faulted(PrinterFaults.CoverOpen, "cover open");
        if ((errorCause & 0x08) != 0)
            return PrinterStatus.Faulted(PrinterFaults.CutterError, "autocutter error");
        if ((errorCause & 0x64) != 0)
            return PrinterStatus.Faulted(PrinterFaults.HeadError, Describe(errorCause));
        if ((printer & 0x08) != 0 || (offlineCause & 0x40) != 0)
            return PrinterStatus.Faulted(PrinterFaults.Offline, (printer & 0x20) != 0 ? "waiting for online recovery" : "printer offline");
        return paperLow ? new PrinterStatus(true, null, "paper near end") : PrinterStatus.ReadyToPrint;
    }

    /// <summary>A 4-byte automatic status back packet.</summary>
    public static PrinterStatus FromAutomaticStatus(ReadOnlySpan<byte> packet)
    {
        if (packet.Length != 4)
            throw new ArgumentException($"An ASB packet has 4 bytes, not {packet.Length}.", nameof(packet));
        byte first = packet[0], second = packet[1], third = packet[2];
        if ((third & 0x0C) != 0)
            return PrinterStatus.Faulted(PrinterFaults.PaperOut, "paper end");
        if ((first & 0x20) != 0)
            return PrinterStatus.Faulted(PrinterFaults.CoverOpen, "cover open");
        if ((second & 0x08) != 0)
            return PrinterStatus.Faulted(PrinterFaults.CutterError, "autocutter error");
        if ((second & 0x64) != 0)
            return PrinterStatus.Faulted(PrinterFaults.HeadError, Describe(second));
        if ((first & 0x08) != 0)
            return PrinterStatus.Faulted(PrinterFaults.Offline, (second & 0x01) != 0 ? "waiting for online recovery" : "printer offline");
        return (third & 0x03) != 0 ? new PrinterStatus(true, null, "paper near end") : PrinterStatus.ReadyToPrint;
    }

    private static string Describe(byte errorBits) =>
        (errorBits & 0x20) != 0 ? "unrecoverable error"
        : (errorBits & 0x40) != 0 ? "auto-recoverable error (head temperature)"
        : "mechanical error";
}
