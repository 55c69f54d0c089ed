namespace PackStation.Hardware.Profiles;

public enum DeviceKind
{
    Scanner,
    Scale,
    Printer,
}
