using System.Text;
using PackStation.Domain.Packers;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Tests.Directory;

public sealed class StaffListTests
{
    private const string Sheet = "工号,姓名,角色\r\nW1,张伟,打包员\r\nW2,李秀英,主管\r\nW3,王秀兰,\r\n";

    public static TheoryData<string, byte[]> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(Sheet) },
            { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sheet)] },
            { "GB18030", Encoding.GetEncoding("GB18030").GetBytes(Sheet) },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_ChineseHeaderInEachEncoding_GivesTheSamePeople(string encoding, byte[] file)
    {
        var (rows, errors) = StaffList.Read(file);

        Assert.Empty(errors);
        Assert.Equal(["2 W1 张伟 Packer", "3 W2 李秀英 Supervisor", "4 W3 王秀兰 -"],
            rows.Select(r => $"{r.Line} {r.Id} {r.Name} {r.Role?.ToString() ?? "-"}"));
        Assert.NotEmpty(encoding);
    }

    [Fact]
    public void Read_BadLines_AreReportedWithTheirLineAndTheRestRead()
    {
        var file = Encoding.UTF8.GetBytes("id,name,role\nA1,赵敏,packer\nA 2,周芷若,\nA3,,\nA4,小昭,boss\nA1,殷离,\nA6,\"宋青书\",supervisor\n");

        var (rows, errors) = StaffList.Read(file);

        Assert.Equal(["A1", "A6"], rows.Select(r => r.Id));
        Assert.Equal(PackerRole.Supervisor, rows[1].Role);
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.Contains("letters, digits", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("name is empty", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("boss", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("also on line 2", errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoHeader_OneColumnIsTheNameTwoAreIdAndName()
    {
        var names = StaffList.Read(Encoding.UTF8.GetBytes("张无忌\n\n杨逍\n")).Rows;
        var pairs = StaffList.Read(Encoding.UTF8.GetBytes("7,张三丰\n8,俞莲舟\n")).Rows;

        Assert.Equal(["- 张无忌", "- 杨逍"], names.Select(r => $"{r.Id ?? "-"} {r.Name}"));
        Assert.Equal(["7 张三丰", "8 俞莲舟"], pairs.Select(r => $"{r.Id} {r.Name}"));
    }

    [Fact]
    public void Read_HeaderInAnotherOrderWithExtraColumns_FindsTheColumnsByName()
    {
        var (rows, _) = StaffList.Read(Encoding.UTF8.GetBytes("部门,姓名,电话,工号\n仓库,韦一笑,138,B9\n"));

        Assert.Equal("B9 韦一笑", $"{rows[0].Id} {rows[0].Name}");
    }

    [Fact]
    public void Read_NotTextAtAll_SaysSoPerLine()
    {
        var (rows, errors) = StaffList.Read([0x80, 0xFF, 0xFE, 0x0A, 0x81]);

        Assert.Empty(rows);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Read_EmptyOrTooLarge_IsOneErrorForTheFile()
    {
        Assert.Contains("no names", Assert.Single(StaffList.Read([]).Errors).Message, StringComparison.Ordinal);
        Assert.Contains("larger than", Assert.Single(StaffList.Read(new byte[StaffList.MaxBytes + 1]).Errors).Message, StringComparison.Ordinal);
    }
}
