namespace PackStation.Worker.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Configuration = 3;
    public const int DeviceUnavailable = 4;
    public const int DeviceFault = 5;
    public const int Timeout = 6;
    public const int Invalid = 7;
}
