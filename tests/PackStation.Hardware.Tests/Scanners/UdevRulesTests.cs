using System.Text.RegularExpressions;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Tests.Scanners;

/// <summary>deploy/udev keeps up with the scanner profiles: every model with USB ids gets access and a comment naming it.</summary>
public sealed partial class UdevRulesTests
{
    private static readonly string Repository = Directory.GetParent(ProfileLibrary.FindDefaultDirectory()!)!.FullName;

    [Fact]
    public void ScannerRules_EveryScannerProfileWithUsbIds_HasAnAccessRule()
    {
        var rules = File.ReadAllText(Path.Combine(Repository, "deploy", "udev", "60-packstation-scanners.rules"));
        var profiles = ProfileLibrary.Load(Path.Combine(Repository, "hardware-profiles")).All
            .Where(p => p is { Kind: DeviceKind.Scanner, Usb: not null });

        Assert.All(profiles, p =>
        {
            Assert.Contains($"# {p.Id}", rules, StringComparison.Ordinal);
            Assert.Matches($"ATTRS{{idVendor}}==\"{p.Usb!.VendorId}\", ATTRS{{idProduct}}==\"{p.Usb.ProductId}\".*GROUP=\"packstation\"", rules);
        });
    }

    [Fact]
    public void Rules_EveryLine_IsCommentOrKeyValuePairs()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository, "deploy", "udev"), "*.rules"))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
                Assert.Matches(RuleLine(), line);
        }
    }

    [Fact]
    public void StationRules_NamesUnderDevPackstation()
    {
        var rules = File.ReadAllText(Path.Combine(Repository, "deploy", "udev", "61-packstation-stations.rules"));
        Assert.Matches("SYMLINK\\+=\"packstation/scanner-s01\"", rules);
    }

    [GeneratedRegex("^([A-Z_]+(\\{[A-Za-z_]+\\})?(==|!=|=|\\+=)\"[^\"]*\")(, [A-Z_]+(\\{[A-Za-z_]+\\})?(==|!=|=|\\+=)\"[^\"]*\")*$")]
    private static partial Regex RuleLine();
}
