using System.Text;
using PackStation.Domain.Packers;
using PackStation.Shops.Files;

namespace PackStation.Packing.Directory;

/// <summary>
/// Reads a staff list: CSV in UTF-8 (with or without a BOM) or GB18030 (what Chinese Excel saves). With a header row
/// the columns are found by name (<c>id</c>/工号/编号, <c>name</c>/姓名, <c>role</c>/角色); without one, a single
/// column is the name, and two or three are id, name, role. Every line is checked alone: a bad line becomes a
/// <see cref="StaffLineError"/> and the others are read.
/// </summary>
public static class StaffList
{
    public const int MaxBytes = 1_000_000;
    public const int MaxRows = 5_000;
    private static readonly string[] IdHeaders = ["id", "工号", "编号", "员工编号", "staff id", "staff number"];
    private static readonly string[] NameHeaders = ["name", "姓名", "名字", "员工姓名"];
    private static readonly string[] RoleHeaders = ["role", "角色", "岗位"];

    public static (IReadOnlyList<StaffRow> Rows, IReadOnlyList<StaffLineError> Errors) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
            return ([], [new StaffLineError(0, $"the file is larger than {MaxBytes / 1000} kB; split it")]);
        var records = CsvReader.Read(Decode(bytes)).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        if (records.Count == 0)
            return ([], [new StaffLineError(0, "the file holds no names")]);
        var columns = Columns.FromHeader(records[0].Fields);
        var body = columns is null ? records : records.Skip(1);
        var rows = new List<StaffRow>();
        var errors = new List<StaffLineError>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in body)
        {
            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new StaffLineError(record.Line, $"more than {MaxRows} people: the rest of the file was not read"));
                break;
            }

            var row = ReadRow(record, columns ?? Columns.ByCount(record.Fields.Count), out var error);
            if (row?.Id is { } id && ids.TryGetValue(id, out var first))
                error = $"the id {id} is also on line {first}";
            if (error is not null)
                errors.Add(new StaffLineError(record.Line, error));
            else if (row is not null)
            {
                rows.Add(row);
                if (row.Id is not null)
                    ids[row.Id] = row.Line;
            }
        }

        return (rows, errors);
    }

    /// <summary>
    /// UTF-8 or GB18030 as order files are read, except that bytes GB18030 cannot read become U+FFFD (which the name
    /// check refuses, naming the line) instead of a plausible "?".
    /// </summary>
    private static string Decode(byte[] bytes)
    {
        var text = OrderFileDecoder.Decode(bytes, out var encoding);
        return encoding == "GB18030" ? Gb18030Marked.GetString(bytes) : text;
    }

    private static readonly Encoding Gb18030Marked = CreateGb18030Marked();

    private static Encoding CreateGb18030Marked()
    {
        var encoding = (Encoding)OrderFileDecoder.Gb18030.Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return encoding;
    }

    private static StaffRow? ReadRow(CsvRecord record, Columns columns, out string? error)
    {
        var id = columns.Id is { } i ? Field(record, i) : null;
        var name = Field(record, columns.Name) ?? "";
        var roleText = columns.Role is { } r ? Field(record, r) : null;
        error = (id is null ? null : PackerRules.IdError(id)) ?? PackerRules.NameError(name);
        if (error is not null)
            return null;
        if (!PackerRules.TryParseRole(roleText, out var role))
        {
            error = $"the role \"{roleText}\" is neither packer (打包员) nor supervisor (主管)";
            return null;
        }

        return new StaffRow(record.Line, id, name.Trim(), roleText is null ? null : role);
    }

    private static string? Field(CsvRecord record, int index) =>
        index < record.Fields.Count && record.Fields[index].Trim() is { Length: > 0 } text ? text : null;

    private sealed record Columns(int? Id, int Name, int? Role)
    {
        public static Columns? FromHeader(IReadOnlyList<string> fields)
        {
            int? Find(string[] names) => fields.Select((f, i) => (f, i)).Where(x => names.Contains(x.f.Trim().TrimStart('\uFEFF').ToLowerInvariant()))
                .Select(x => (int?)x.i).FirstOrDefault();
            return Find(NameHeaders) is { } name ? new Columns(Find(IdHeaders), name, Find(RoleHeaders)) : null;
        }

        public static Columns ByCount(int count) => count <= 1 ? new Columns(null, 0, null) : new Columns(0, 1, count > 2 ? 2 : null);
    }
}
