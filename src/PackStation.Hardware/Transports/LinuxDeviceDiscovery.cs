namespace PackStation.Hardware.Transports;

/// <summary>
/// Lists the device nodes a packing station can use — serial ports (/dev/serial/by-id, ttyACM, ttyUSB), input devices
/// (/dev/input/by-id), USB printers (/dev/usb/lp*), hidraw nodes and /dev/packstation names — with USB vendor/product
/// ids from sysfs. The roots are parameters so tests can lay out a fake /dev and /sys.
/// </summary>
public sealed class LinuxDeviceDiscovery(string devRoot = "/dev", string sysRoot = "/sys")
{
    public IReadOnlyList<DiscoveredDevice> Discover()
    {
        var found = new List<DiscoveredDevice>();
        var covered = new HashSet<string>(StringComparer.Ordinal);

        AddLinks(found, covered, Path.Combine(devRoot, "packstation"), "packstation", _ => true);
        AddLinks(found, covered, Path.Combine(devRoot, "serial", "by-id"), "serial", _ => true);
        AddLinks(found, covered, Path.Combine(devRoot, "input", "by-id"), "input", name => name.Contains("event", StringComparison.Ordinal));
        AddNodes(found, covered, devRoot, "serial", "ttyACM*", "tty");
        AddNodes(found, covered, devRoot, "serial", "ttyUSB*", "tty");
        AddNodes(found, covered, Path.Combine(devRoot, "usb"), "usb-printer", "lp*", "usbmisc");
        AddNodes(found, covered, devRoot, "hidraw", "hidraw*", "hidraw");
        return found;
    }

    private void AddLinks(List<DiscoveredDevice> found, HashSet<string> covered, string folder, string kind, Func<string, bool> include)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var link in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(link);
            if (!include(name))
                continue;
            var target = Resolve(link);
            var node = Path.GetFileName(target);
            var nodeKind = kind == "packstation" ? KindOf(node) : kind;
            if (kind != "packstation")
                covered.Add(target);
            found.Add(Describe(link, nodeKind, target, SubsystemOf(node)));
        }
    }

    private void AddNodes(List<DiscoveredDevice> found, HashSet<string> covered, string folder, string kind, string pattern, string subsystem)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var node in Directory.EnumerateFileSystemEntries(folder, pattern).Order(StringComparer.Ordinal))
        {
            if (!covered.Add(node))
                continue;
            found.Add(Describe(node, kind, node, subsystem));
        }
    }

    private DiscoveredDevice Describe(string path, string kind, string target, string? subsystem)
    {
        var usb = subsystem is null ? null : FindUsbDevice(subsystem, Path.GetFileName(target));
        if (usb is null)
            return new DiscoveredDevice(path, kind, target, null, null, null);
        var vendor = ReadAttribute(usb, "idVendor");
        var product = ReadAttribute(usb, "idProduct");
        var ids = vendor is { Length: 4 } && product is { Length: 4 } ? new Profiles.UsbIds(vendor.ToLowerInvariant(), product.ToLowerInvariant()) : null;
        return new DiscoveredDevice(path, kind, target, ids, ReadAttribute(usb, "manufacturer"), ReadAttribute(usb, "product"));
    }

    /// <summary>Walks up from /sys/class/SUBSYSTEM/NODE/device to the USB device directory (the one with idVendor).</summary>
    private string? FindUsbDevice(string subsystem, string node)
    {
        var device = Path.Combine(sysRoot, "class", subsystem, node, "device");
        if (!Directory.Exists(device))
            return null;
        var resolved = new DirectoryInfo(device).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? device;
        for (var dir = new DirectoryInfo(resolved); dir is not null && dir.FullName.Length > sysRoot.Length; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "idVendor")))
                return dir.FullName;
        }

        return null;
    }

    private static string Resolve(string link)
    {
        try
        {
            return new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link;
        }
        catch (IOException)
        {
            return link;
        }
    }

    private static string KindOf(string node) =>
        node.StartsWith("tty", StringComparison.Ordinal) ? "serial"
        : node.StartsWith("event", StringComparison.Ordinal) ? "input"
        : node.StartsWith("hidraw", StringComparison.Ordinal) ? "hidraw"
        : node.StartsWith("lp", StringComparison.Ordinal) ? "usb-printer"
        : "other";

    private static string? SubsystemOf(string node) => KindOf(node) switch
    {
        "serial" => "tty",
        "input" => "input",
        "hidraw" => "hidraw",
        "usb-printer" => "usbmisc",
        _ => null,
    };

    private static string? ReadAttribute(string directory, string name)
    {
        try
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
