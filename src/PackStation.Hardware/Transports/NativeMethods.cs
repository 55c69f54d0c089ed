using System.Runtime.InteropServices;

namespace PackStation.Hardware.Transports;

/// <summary>The few libc calls the Linux device-file transports need (poll, read, write, ioctl).</summary>
internal static class NativeMethods
{
    public const short PollIn = 0x001;
    public const short PollOut = 0x004;
    public const short PollErr = 0x008;
    public const short PollHup = 0x010;
    public const short PollNval = 0x020;
    public const int EIntr = 4;
    public const int EAgain = 11;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Poll(ref PollFd fds, nuint count, int timeoutMilliseconds);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern nint Read(int fd, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern nint Write(int fd, in byte buffer, nint count);

    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int IoctlInt(int fd, nuint request, nint value);

    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int IoctlBuffer(int fd, nuint request, byte[] buffer);
}
