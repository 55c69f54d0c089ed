using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Drivers;

namespace PackStation.Hardware.Tests.Scales;

public class ScaleProfilesTests
{
    private static readonly ProfileLibrary Library = ProfileLibrary.Load(ProfileLibrary.FindDefaultDirectory()!);

    [Theory]
    [InlineData("mettler-toledo-ps60", "toledo", "serial", 7, "Even")]
    [InlineData("avery-weigh-tronix-7820", "nci", "serial", 7, "Even")]
    [InlineData("cas-pds", "cas", "serial", 8, "None")]
    [InlineData("cas-pd-ii", "cas-ecr", "serial", 8, "None")]
    [InlineData("tcs-platform-continuous", "cas", "serial", 8, "None")]
    [InlineData("cardinal-225-sma", "sma", "serial", 8, "None")]
    [InlineData("mettler-toledo-ics425-sics", "mt-sics", "serial", 8, "None")]
    [InlineData("brecknell-6702u", "hid-pos", "hidraw", 8, "None")]
    [InlineData("dymo-m25", "hid-pos", "hidraw", 8, "None")]
    [InlineData("dymo-m10", "hid-pos", "hidraw", 8, "None")]
    public void Load_ShippedScaleProfile_ValidAndOpenableByADriver(string id, string protocol, string transport, int dataBits, string parity)
    {
        var profile = Library.Get(DeviceKind.Scale, id);
        Assert.Equal(protocol, profile.Scale!.Protocol);
        Assert.Equal(transport, profile.Transport.Type);
        Assert.Equal(dataBits, profile.Transport.DataBits);
        Assert.Equal(parity, profile.Transport.Parity);
        Assert.True(new ScaleDriver(TimeProvider.System, NullLoggerFactory.Instance).CanOpen(profile));
        Assert.Equal(protocol, ScaleProtocols.Create(profile.Scale).Name);
    }

    [Fact]
    public void Parse_UnknownScaleSetting_Rejected()
    {
        const string json = """
            { "id": "x", "kind": "scale", "vendor": "v", "model": "m", "transport": { "type": "serial" },
              "scale": { "protocol": "sma", "pollEvery": "00:00:01" } }
            """;
        Assert.Throws<ProfileException>(() => ProfileReader.Parse(json, "x.json"));
    }

    [Fact]
    public void Parse_UnknownProtocol_Rejected()
    {
        const string json = """
            { "id": "x", "kind": "scale", "vendor": "v", "model": "m", "transport": { "type": "serial" }, "scale": { "protocol": "modbus" } }
            """;
        Assert.Throws<ProfileException>(() => ProfileReader.Parse(json, "x.json"));
    }
}
