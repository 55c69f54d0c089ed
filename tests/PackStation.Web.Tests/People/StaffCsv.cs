using System.Text;

namespace PackStation.Web.Tests.People;

/// <summary>Staff lists as a site's spreadsheet would save them: GB18030 (Chinese Excel) or UTF-8 with a BOM.</summary>
internal static class StaffCsv
{
    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
}
