using System.Text;
using Microsoft.Extensions.Logging;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners.Evdev;

/// <summary>
/// Decorates the opener of a keyboard-wedge scanner's /dev/input/eventN: every open (the first and each one after a
/// replug) grabs the device (EVIOCGRAB), so scans never type into another window. A grab that fails (another program
/// holds the device, or it is not an input device) is logged as an error; reading goes on.
/// </summary>
public sealed class EvdevGrabOpener(DeviceFileOpener inner, ILogger logger) : IDeviceOpener
{
    /// <summary>_IOW('E', 0x90, int): exclusive delivery of the device's events to this process.</summary>
    public const uint EvIocGrab = 0x40044590;

    /// <summary>EVIOCGNAME(256): the device's name.</summary>
    public const uint EvIocGName256 = 0x81004506;

    public string Path => inner.Path;

    public IDeviceConnection Open()
    {
        var connection = inner.OpenFile();
        var file = connection.File;
        var errno = file.Ioctl(EvIocGrab, 1);
        if (errno != 0)
        {
            logger.GrabFailed(file.Path, $"EVIOCGRAB failed with errno {errno} (another program holds the device, or it is not an input device)");
            return connection;
        }

        var name = new byte[256];
        var deviceName = file.Ioctl(EvIocGName256, name) == 0 ? Encoding.UTF8.GetString(name).TrimEnd('\0') : "unknown";
        logger.Grabbed(file.Path, deviceName);
        return connection;
    }
}
