namespace PackStation.Hardware.Scales.Nci;

/// <summary>NCI status bytes (parity stripped). Byte 1: motion, zero, RAM, EEPROM; byte 2: under, over, ROM, calibration.</summary>
public readonly record struct NciStatus(byte[] Bytes)
{
    public bool Bit(int index, int bit) => index < Bytes.Length && (Bytes[index] & (1 << bit)) != 0;

    /// <summary>The device faults named in the status, or null when there are none.</summary>
    public string? Faults()
    {
        var faults = new List<string>();
        if (Bit(0, 2)) faults.Add("RAM error");
        if (Bit(0, 3)) faults.Add("EEPROM error");
        if (Bit(1, 2)) faults.Add("ROM error");
        if (Bit(1, 3)) faults.Add("faulty calibration");
        if (Bit(2, 3)) faults.Add("initial zero error");
        return faults.Count == 0 ? null : "scale fault: " + string.Join(", ", faults);
    }
}
