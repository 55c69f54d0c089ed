using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Printers.EscPos;

namespace PackStation.Hardware.Tests.Printers.EscPos;

public sealed class EscPosTextSafetyTests
{
    [Property(MaxTest = 300)]
    public Property Text_AnyString_EmitsNoControlByteAfterTheModePrefix(string? text)
    {
        var single = new EscPosBuilder(EscPosTextMode.SingleByte(EscPosCodePage.Pc858)).Text(text).ToArray();
        var chinese = new EscPosBuilder(EscPosTextMode.Chinese).Text(text).ToArray();
        var singleBody = single.Length == 0 ? single : single[5..]; // FS . ESC t 19
        var chineseBody = chinese.Length == 0 ? chinese : chinese[2..]; // FS &
        return (singleBody.All(b => b >= 0x20 && b != 0x7F) && chineseBody.All(b => b >= 0x20 && b != 0x7F)).ToProperty();
    }

    [Fact]
    public void Text_ChineseAddress_MatchesIconvGb18030()
    {
        const string address = "浙江省杭州市西湖区文三路90号3单元501 张小燕 内蒙古山羊绒线 50g 正红";
        var expected = Iconv(address);
        var bytes = new EscPosBuilder(EscPosTextMode.Chinese).Text(address).ToArray();
        Assert.Equal(Hex.Show(expected), Hex.Show(bytes[2..]));
    }

    private static byte[] Iconv(string text)
    {
        var info = new ProcessStartInfo("iconv", "-f UTF-8 -t GB18030")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("iconv did not start");
        var input = System.Text.Encoding.UTF8.GetBytes(text);
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.ToArray();
    }
}
