using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Tests.Printers;

/// <summary>The shipped printer profiles load through the schema and open with the real driver.</summary>
public sealed class PrinterProfilesTests
{
    private static string ProfilesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "hardware-profiles")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("hardware-profiles"), "hardware-profiles", "printers");
    }

    public static TheoryData<string> Files() => [.. Directory.GetFiles(ProfilesDirectory(), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_ShippedProfile_IsValidAndHasAStatusReader(string file)
    {
        var profile = ProfileReader.Read(Path.Combine(ProfilesDirectory(), file));
        Assert.NotNull(profile.Printer);
        Assert.NotNull(PrinterDriver.StatusReaderFor(profile.Printer));
    }

    [Fact]
    public void Read_AllShipped_AtLeastSixRealModelsInAllThreeLanguages()
    {
        var profiles = Directory.GetFiles(ProfilesDirectory(), "*.json").Select(ProfileReader.Read)
            .Where(p => !p.IsSimulated && p.Printer!.Language != PrinterLanguage.Component).ToList();
        Assert.True(profiles.Count >= 6);
        Assert.Equal([PrinterLanguage.EscPos, PrinterLanguage.Zpl, PrinterLanguage.Tspl], profiles.Select(p => p.Printer!.Language).Distinct().Order());
        Assert.Contains(profiles, p => p.Printer!.ChineseText == "gb18030");
    }

    [Theory]
    [InlineData("cainiao-print-component.json", "cainiao", 13528, 13529)]
    [InlineData("pdd-print-component.json", "pinduoduo", 5000, 18653)]
    [InlineData("douyin-print-component.json", "douyin", 13888, 13999)]
    public void Read_PrintComponentProfile_ComponentLanguageWithItsPorts(string file, string platform, int port, int securePort)
    {
        var printer = ProfileReader.Read(Path.Combine(ProfilesDirectory(), file)).Printer!;

        Assert.Equal(PrinterLanguage.Component, printer.Language);
        Assert.Equal((platform, port, securePort), (printer.Component!.Platform, printer.Component.Port, printer.Component.SecurePort));
        Assert.Equal(TimeSpan.FromMinutes(1), printer.Component.ResultTimeout);
    }

    [Fact]
    public void Parse_UnknownPrinterProperty_IsRefused() =>
        Assert.Throws<ProfileException>(() => ProfileReader.Parse(
            """{ "id": "x", "kind": "printer", "vendor": "v", "model": "m", "transport": { "type": "tcp" }, "printer": { "language": "Zpl", "dpi": 203, "printableWidthDots": 812, "statusCommand": "~hs", "colour": true } }""",
            "inline"));

    [Theory]
    [InlineData("E:ANMDS.TTF")]
    [InlineData("TSS24.BF2")]
    public void Parse_ChineseFontWithOrWithoutDrive_IsAccepted(string font)
    {
        var profile = ProfileReader.Parse(
            $$"""{ "id": "x", "kind": "printer", "vendor": "v", "model": "m", "transport": { "type": "tcp" }, "printer": { "language": "Zpl", "dpi": 203, "printableWidthDots": 812, "statusCommand": "~hs", "chineseText": "gb18030", "chineseFont": "{{font}}" } }""",
            "inline");
        Assert.Equal(font, profile.Printer!.ChineseFont);
    }

    [Theory]
    [InlineData("E:ANMDS.TTF^XZ")]
    [InlineData("e:ANMDS.TTF")]
    [InlineData("E:../x")]
    public void Parse_ChineseFontWithCommandOrPathCharacters_IsRefused(string font) =>
        Assert.Throws<ProfileException>(() => ProfileReader.Parse(
            $$"""{ "id": "x", "kind": "printer", "vendor": "v", "model": "m", "transport": { "type": "tcp" }, "printer": { "language": "Zpl", "dpi": 203, "printableWidthDots": 812, "statusCommand": "~hs", "chineseFont": "{{font}}" } }""",
            "inline"));
}
