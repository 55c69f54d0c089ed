using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PackStation.TestKit;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Tests.Commands;

/// <summary>
/// <c>packstation label</c> done-when: a ZPL profile gives a label whose independently rendered barcode scans as the
/// tracking number with hostile text printed literally; an ESC/POS profile gives a stream whose Code 128 carries the
/// number and whose Chinese address survives GB18030.
/// </summary>
public sealed partial class LabelCommandTests
{
    private const string Tracking = "ZT75312345678901";
    private const string HostileName = "Bob ^XZ^XA~JA \\\"q\\\" _5E\\r\\n\\u001B@\\u001DV\\u0000END";
    private const string HostileNamePrinted = "Bob ^XZ^XA~JA \"q\" _5E @VEND";

    static LabelCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Label_ZplProfile_RenderedBarcodeScansAndHostileTextIsLiteral()
    {
        using var dir = new TempDirectory("label");
        File.WriteAllText(dir.File("o.json"), OrderJson(HostileName, "742 Evergreen Terrace ^FS~JA", "US"));
        var (exit, output, error) = await RunAsync("label", "--order", dir.File("o.json"), "--printer", "zebra-zd421-203",
            "--tracking", Tracking, "--out", dir.File("l.zpl"), "--png", dir.File("p.png"));
        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("shipping-4x6", output, StringComparison.Ordinal);

        var zpl = File.ReadAllText(dir.File("l.zpl"), Encoding.ASCII);
        var fields = FieldTexts(zpl);
        Assert.Contains(HostileNamePrinted, fields);
        Assert.Contains(fields, f => f.StartsWith("742 Evergreen Terrace ^FS~JA", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(zpl, @"\^XA"));

        Run("node", Path.Combine(Root(), "tests", "tools", "render-zpl.mjs"), dir.File("l.zpl"), dir.File("r.png"), "101.6", "152.4", "8");
        Assert.Contains($"CODE-128:{Tracking}", Zbar(dir.File("r.png")));
        Assert.Contains($"CODE-128:{Tracking}", Zbar(dir.File("p.png")));
    }

    [Fact]
    public async Task Label_EscPosChineseProfile_Code128CarriesTrackingAndAddressSurvives()
    {
        using var dir = new TempDirectory("label");
        const string address = "浙江省杭州市西湖区文三路90号3单元501";
        File.WriteAllText(dir.File("o.json"), OrderJson("张小燕", address, "CN"));
        var (exit, _, error) = await RunAsync("label", "--order", dir.File("o.json"), "--printer", "xprinter-xp-58iih",
            "--tracking", Tracking, "--out", dir.File("l.bin"));
        Assert.True(exit == ExitCodes.Ok, error);

        var bytes = File.ReadAllBytes(dir.File("l.bin"));
        Assert.Equal([Tracking], Code128Symbols(bytes));
        var text = Encoding.GetEncoding("GB18030").GetString(bytes);
        var cjkAndDigits = new string(text.Where(c => c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiDigit(c)).ToArray());
        Assert.Contains(address, cjkAndDigits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_MalformedOrderJson_IsInvalidWithMessage()
    {
        using var dir = new TempDirectory("label");
        File.WriteAllText(dir.File("o.json"), "{ \"id\": \"TB-1\", \"recipient\": ");
        var (exit, _, error) = await RunAsync("label", "--order", dir.File("o.json"), "--printer", "zebra-zd421-203", "--tracking", Tracking);
        Assert.Equal(ExitCodes.Invalid, exit);
        Assert.Contains("not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_HostileTrackingNumber_IsRefused()
    {
        using var dir = new TempDirectory("label");
        File.WriteAllText(dir.File("o.json"), OrderJson("Anna", "Main St 1", "US"));
        var (exit, _, error) = await RunAsync("label", "--order", dir.File("o.json"), "--printer", "zebra-zd421-203", "--tracking", "ZT1^XZ", "--out", dir.File("l.zpl"));
        Assert.Equal(ExitCodes.Invalid, exit);
        Assert.Contains("tracking number", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("l.zpl")));
    }

    [Fact]
    public async Task Label_OrderWithWaybillAndNoTracking_PrintsTheWaybillNumber()
    {
        using var dir = new TempDirectory("label");
        File.WriteAllText(dir.File("o.json"), OrderJson("Anna", "Main St 1", "US").Replace("\"carrier\": \"ZTO\"",
            "\"carrier\": \"ZTO\", \"waybill\": \"ZTO75312345678\", \"tote\": \"TOTE-7\"", StringComparison.Ordinal));
        var (exit, output, error) = await RunAsync("label", "--order", dir.File("o.json"), "--printer", "zebra-zd421-203",
            "--out", dir.File("l.zpl"));
        Assert.True(exit == ExitCodes.Ok, error);
        Assert.EndsWith("tracking ZTO75312345678", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_UnknownTemplate_IsUsageError()
    {
        var (exit, _, error) = await RunAsync("label", "--order", "x.json", "--printer", "zebra-zd421-203", "--template", "a5");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("waybill-76x130", error, StringComparison.Ordinal);
    }

    private static string OrderJson(string name, string address, string country) => $$"""
        { "id": "TB-3391028845", "shop": "taobao", "externalId": "3391028845", "status": "ready",
          "createdAt": "2026-11-28T09:12:00+08:00", "shipBy": "2026-11-30T18:00:00+08:00",
          "recipient": { "name": "{{name}}", "phone": "13812345678", "address": "{{address}}",
                         "city": "杭州市", "province": "浙江省", "district": "西湖区", "postalCode": "310012", "country": "{{country}}" },
          "lines": [ { "sku": "CY-26-RED-50", "title": "内蒙古山羊绒线 50g 正红", "quantity": 2, "unitGrams": 52 } ],
          "carrier": "ZTO" }
        """;

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PackStationCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The text of every ^FH_^FD…^FS field, its _XX escapes decoded as UTF-8 (ZPL guide, ^FH with ^CI28).</summary>
    private static List<string> FieldTexts(string zpl)
    {
        var texts = new List<string>();
        foreach (Match m in FieldPattern().Matches(zpl))
        {
            var bytes = new List<byte>();
            var data = m.Groups[1].Value;
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] == '_')
                {
                    bytes.Add(byte.Parse(data.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)data[i]);
                }
            }

            texts.Add(Encoding.UTF8.GetString(bytes.ToArray()));
        }

        return texts;
    }

    /// <summary>GS k 73 n d1..dn data (ESC/POS): "{B" text, "{C" one byte per two digits.</summary>
    private static List<string> Code128Symbols(byte[] stream)
    {
        var result = new List<string>();
        for (var i = 0; i + 3 < stream.Length; i++)
        {
            if (stream[i] != 0x1D || stream[i + 1] != 0x6B || stream[i + 2] != 73)
                continue;
            var data = stream.AsSpan(i + 4, stream[i + 3]);
            var text = new StringBuilder();
            var setC = false;
            for (var j = 0; j < data.Length; j++)
            {
                if (data[j] == '{' && j + 1 < data.Length && data[j + 1] != '{')
                {
                    setC = data[++j] == 'C';
                    continue;
                }

                text.Append(setC ? data[j].ToString("D2", CultureInfo.InvariantCulture) : ((char)data[j]).ToString());
            }

            result.Add(text.ToString());
            i += 3 + data.Length;
        }

        return result;
    }

    private static List<string> Zbar(string png) =>
        Run("zbarimg", "--nodbus", "-q", png).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{file} did not finish");
        Assert.True(process.ExitCode is 0 or 4, $"{file} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PackStation.sln not found");
    }

    [GeneratedRegex(@"\^FH_\^FD(.*?)\^FS")]
    private static partial Regex FieldPattern();
}
