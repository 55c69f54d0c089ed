using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// An open Linux device file used with poll(2), read(2) and write(2): /dev/input/eventN (evdev), /dev/hidrawN,
/// /dev/usb/lpN. Each read returns whole records where the driver makes them (input events, HID reports). Waiting is
/// in short poll slices so cancellation is noticed promptly; an unplugged device (POLLERR/POLLHUP, ENODEV, end of
/// file) throws <see cref="DeviceDisconnectedException"/>. Reads, writes and <see cref="Dispose"/> may run on
/// different threads: the descriptor is closed only once no call is using it.
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

    /// <summary>Opens the path as it is now (symlinks such as /dev/input/by-id/… are resolved on every open).</summary>
    public static LinuxDeviceFile Open(string path, FileAccess access = FileAccess.Read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var handle = File.OpenHandle(path, FileMode.Open, access, FileShare.ReadWrite);
        return new LinuxDeviceFile(path, handle);
    }

    /// <summary>Waits for data (cancellable) and reads it; returns the byte count (at least 1).</summary>
    public int Read(byte[] buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Use(fd =>
        {
            while (true)
            {
                WaitFor(fd, NativeMethods.PollIn, cancellationToken);
                var read = NativeMethods.Read(fd, buffer, buffer.Length);
                if (read > 0)
                    return (int)read;
                if (read == 0)
                    throw Gone("end of file");
                var errno = Marshal.GetLastPInvokeError();
                if (errno is not (NativeMethods.EIntr or NativeMethods.EAgain))
                    throw Gone($"read failed (errno {errno})");
            }
        });
    }

    /// <summary>Writes all of <paramref name="data"/>, waiting (cancellable) while the device accepts nothing.</summary>
    public void Write(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => Use(fd =>
    {
        var span = data.Span;
        while (!span.IsEmpty)
        {
            WaitFor(fd, NativeMethods.PollOut, cancellationToken);
            var written = NativeMethods.Write(fd, in MemoryMarshal.GetReference(span), span.Length);
            if (written > 0)
            {
                span = span[(int)written..];
                continue;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (written < 0 && errno is not (NativeMethods.EIntr or NativeMethods.EAgain))
                throw Gone($"write failed (errno {errno})");
        }

        return 0;
    });

    /// <summary>ioctl with an integer argument (e.g. EVIOCGRAB); returns errno, 0 on success.</summary>
    public int Ioctl(nuint request, nint value) =>
        Use(fd => NativeMethods.IoctlInt(fd, request, value) < 0 ? Marshal.GetLastPInvokeError() : 0);

    /// <summary>ioctl that fills a buffer (e.g. EVIOCGNAME, HIDIOCGRAWINFO); returns errno, 0 on success.</summary>
    public int Ioctl(nuint request, byte[] buffer) =>
        Use(fd => NativeMethods.IoctlBuffer(fd, request, buffer) < 0 ? Marshal.GetLastPInvokeError() : 0);

    public void Dispose() => _handle.Dispose();

    /// <summary>Waits in slices until the descriptor is ready for <paramref name="events"/>; a hang-up or error is a loss.</summary>
    private void WaitFor(int fd, short events, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_handle.IsClosed)
                throw Gone("closed");
            var poll = new NativeMethods.PollFd { Fd = fd, Events = events };
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
            if ((poll.Revents & events) == 0 && (poll.Revents & (NativeMethods.PollErr | NativeMethods.PollHup | NativeMethods.PollNval)) != 0)
                throw Gone("the device reported an error or hang-up");
            return;
        }
    }

    /// <summary>Runs a call on the descriptor while holding a reference, so a concurrent Dispose cannot close it under the call.</summary>
    private T Use<T>(Func<int, T> call)
    {
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            return call((int)_handle.DangerousGetHandle());
        }
        catch (ObjectDisposedException e)
        {
            throw new DeviceDisconnectedException("closed", e);
        }
        finally
        {
            if (added)
                _handle.DangerousRelease();
        }
    }

    private static DeviceDisconnectedException Gone(string reason) => new(reason);
}
