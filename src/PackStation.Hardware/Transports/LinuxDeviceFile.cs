using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// An open Linux device file read with poll(2) + read(2): /dev/input/eventN (evdev) or /dev/hidrawN. Each read returns
/// whole records (input events, HID reports). Waiting is in short poll slices so cancellation is noticed promptly; an
/// unplugged device (POLLERR/POLLHUP, ENODEV, end of file) throws <see cref="DeviceDisconnectedException"/>.
/// </summary>
public sealed class LinuxDeviceFile : IDisposable
{
    private static readonly TimeSpan PollSlice = TimeSpan.FromMilliseconds(200);
    private readonly SafeFileHandle _handle;

    private LinuxDeviceFile(string path, SafeFileHandle handle)
    {
        Path = path;
        _handle = handle;
    }

    public string Path { get; }

    private int Fd => (int)_handle.DangerousGetHandle();

    /// <summary>Opens the path as it is now (symlinks such as /dev/input/by-id/… are resolved on every open).</summary>
    public static LinuxDeviceFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new LinuxDeviceFile(path, handle);
    }

    /// <summary>Waits for data (cancellable) and reads it; returns the byte count (at least 1).</summary>
    public int Read(byte[] buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var poll = new NativeMethods.PollFd { Fd = Fd, Events = NativeMethods.PollIn };
            var ready = NativeMethods.Poll(ref poll, 1, (int)PollSlice.TotalMilliseconds);
            if (ready < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == NativeMethods.EIntr)
                    continue;
                throw Gone($"poll failed (errno {errno})");
            }

            if (ready == 0)
                continue;
            if ((poll.Revents & NativeMethods.PollIn) == 0 && (poll.Revents & (NativeMethods.PollErr | NativeMethods.PollHup | NativeMethods.PollNval)) != 0)
                throw Gone("the device reported an error or hang-up");

            var read = NativeMethods.Read(Fd, buffer, buffer.Length);
            if (read > 0)
                return (int)read;
            if (read == 0)
                throw Gone("end of file");
            var readErrno = Marshal.GetLastPInvokeError();
            if (readErrno is NativeMethods.EIntr or NativeMethods.EAgain)
                continue;
            throw Gone($"read failed (errno {readErrno})");
        }
    }

    /// <summary>ioctl with an integer argument (e.g. EVIOCGRAB); returns errno, 0 on success.</summary>
    public int Ioctl(nuint request, nint value) =>
        NativeMethods.IoctlInt(Fd, request, value) < 0 ? Marshal.GetLastPInvokeError() : 0;

    /// <summary>ioctl that fills a buffer (e.g. EVIOCGNAME, HIDIOCGRAWINFO); returns errno, 0 on success.</summary>
    public int Ioctl(nuint request, byte[] buffer) =>
        NativeMethods.IoctlBuffer(Fd, request, buffer) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public void Dispose() => _handle.Dispose();

    private DeviceDisconnectedException Gone(string reason) => new($"{Path} disconnected: {reason}");
}
