namespace PackStation.Hardware.Profiles;

/// <summary>
/// All hardware profiles of a folder (<c>scanners/</c>, <c>scales/</c>, <c>printers/</c>), validated when loaded.
/// A profile is named by its id within its kind, or by a path to a profile file.
/// </summary>
public sealed class ProfileLibrary
{
    private static readonly Dictionary<DeviceKind, string> Folders = new()
    {
        [DeviceKind.Scanner] = "scanners",
        [DeviceKind.Scale] = "scales",
        [DeviceKind.Printer] = "printers",
    };

    private readonly Dictionary<(DeviceKind, string), HardwareProfile> _profiles;

    private ProfileLibrary(string directory, Dictionary<(DeviceKind, string), HardwareProfile> profiles)
    {
        Directory = directory;
        _profiles = profiles;
    }

    public string Directory { get; }

    public IEnumerable<HardwareProfile> All => _profiles.Values.OrderBy(p => p.Kind).ThenBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>Loads and validates every profile; throws <see cref="ProfileException"/> on the first invalid one.</summary>
    public static ProfileLibrary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new ProfileException($"The hardware profile folder {directory} does not exist.");

        var profiles = new Dictionary<(DeviceKind, string), HardwareProfile>();
        foreach (var (kind, folder) in Folders)
        {
            var path = Path.Combine(directory, folder);
            if (!System.IO.Directory.Exists(path))
                continue;
            foreach (var file in System.IO.Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
            {
                var profile = ProfileReader.Read(file);
                if (profile.Kind != kind)
                    throw new ProfileException($"Hardware profile {file} is a {profile.Kind} profile in the {folder} folder.");
                profiles[(kind, profile.Id)] = profile;
            }
        }

        return new ProfileLibrary(directory, profiles);
    }

    /// <summary>Finds a profile by id or path; throws <see cref="ProfileException"/> naming what was asked for.</summary>
    public HardwareProfile Get(DeviceKind kind, string idOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        if (_profiles.TryGetValue((kind, idOrPath), out var profile))
            return profile;
        if (idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(idOrPath))
        {
            profile = ProfileReader.Read(idOrPath);
            return profile.Kind == kind ? profile
                : throw new ProfileException($"Hardware profile {idOrPath} is a {profile.Kind} profile, not a {kind} profile.");
        }

        var known = string.Join(", ", _profiles.Keys.Where(k => k.Item1 == kind).Select(k => k.Item2).Order(StringComparer.Ordinal));
        throw new ProfileException($"Unknown {kind.ToString().ToLowerInvariant()} profile \"{idOrPath}\". Known: {known}.");
    }

    public bool Contains(DeviceKind kind, string idOrPath) =>
        _profiles.ContainsKey((kind, idOrPath)) || (idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(idOrPath));

    /// <summary>Finds the default profiles folder: next to the program, then up from the working folder.</summary>
    public static string? FindDefaultDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "hardware-profiles");
                if (File.Exists(Path.Combine(candidate, "profile.schema.json")))
                    return candidate;
            }
        }

        return null;
    }
}
