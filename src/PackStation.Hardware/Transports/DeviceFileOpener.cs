namespace PackStation.Hardware.Transports;

/// <summary>Opens a Linux device file (evdev, hidraw, usblp; a pty or FIFO in tests) as a <see cref="DeviceFileConnection"/>.</summary>
public sealed class DeviceFileOpener(string path, FileAccess access = FileAccess.Read) : IDeviceOpener
{
    public string Path => path;

    public IDeviceConnection Open() => OpenFile();

    /// <summary>The same as <see cref="Open"/>, typed, for decorators that need the file (ioctls).</summary>
    public DeviceFileConnection OpenFile() => DeviceFileConnection.Open(path, access);
}
