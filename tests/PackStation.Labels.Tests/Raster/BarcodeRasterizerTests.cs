using PackStation.Hardware.Printers;
using PackStation.Labels.Raster;
using PackStation.Labels.Tests.Support;
using PackStation.TestKit;
using ZXing;

namespace PackStation.Labels.Tests.Raster;

public sealed class BarcodeRasterizerTests
{
    [Theory]
    [InlineData("ZT75312345678901", 2)]
    [InlineData("1Z999AA10123456784", 3)]
    [InlineData("A-1", 1)]
    public void Code128_Data_ScansWithZbarimg(string data, int module)
    {
        using var dir = new TempDirectory();
        var image = BarcodeRasterizer.Code128(data, module, 80);
        var padded = new MonoBitmap(image.Width + 80, image.Height + 40);
        ElementRasterizer.Blit(padded, image, 40, 20);
        File.WriteAllBytes(dir.File("b.png"), PngWriter.Write(padded));
        Assert.Equal([data], ExternalTools.Zbar(dir.File("b.png")));
    }

    [Fact]
    public void Qr_ChineseData_ScansWithZbarimg()
    {
        using var dir = new TempDirectory();
        var image = BarcodeRasterizer.Qr("ZT75312345678901 张小燕", 4);
        var padded = new MonoBitmap(image.Width + 40, image.Height + 40);
        ElementRasterizer.Blit(padded, image, 20, 20);
        File.WriteAllBytes(dir.File("q.png"), PngWriter.Write(padded));
        Assert.Equal(["ZT75312345678901 张小燕"], ExternalTools.Zbar(dir.File("q.png")));
    }

    [Fact]
    public void Verify_DamagedSymbol_IsAnError()
    {
        var image = BarcodeRasterizer.Code128("ZT75312345678901", 2, 60);
        for (var y = 0; y < image.Height; y++)
            for (var x = image.Width / 3; x < image.Width / 2; x++)
                image[x, y] = false;
        Assert.Throws<LabelRenderException>(() => BarcodeRasterizer.Verify(image, "ZT75312345678901", BarcodeFormat.CODE_128, 20));
    }

    [Fact]
    public void Verify_SymbolWithOtherData_IsAnError()
    {
        var image = BarcodeRasterizer.Code128("ZT1", 2, 60);
        var error = Assert.Throws<LabelRenderException>(() => BarcodeRasterizer.Verify(image, "ZT2", BarcodeFormat.CODE_128, 20));
        Assert.Contains("scans as \"ZT1\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("张")]
    [InlineData("a\u001Bb")]
    public void Code128Modules_NonAscii_IsAnError(string data)
    {
        Assert.Throws<LabelRenderException>(() => BarcodeRasterizer.Code128Modules(data));
    }
}
