using System.Text.Encodings.Web;
using System.Text.Json;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary>
/// How people are printed: a table for a person, or JSON lines for a program, one object per person with at least
/// <c>id</c>, <c>name</c> and <c>active</c> (packers also <c>badge</c> and <c>role</c>; accounts <c>role</c> and
/// <c>mustChangePassword</c>). Stable: fields may be added, these stay.
/// </summary>
internal static class PeopleOutput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(CliArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.GetChoice("format", "table", "jsonl");
    }

    public static string PackerLine(Packer p) =>
        JsonSerializer.Serialize(new { id = p.Id, name = p.Name, active = p.Active, badge = p.Badge, role = PackerRules.RoleName(p.Role) }, Json);

    public static string AccountLine(WebAccount a) =>
        JsonSerializer.Serialize(new { id = a.UserName, name = a.UserName, active = a.Active, role = a.Role, mustChangePassword = a.MustChangePassword }, Json);

    public const string PackerHeader = "ID               ROLE        ACTIVE  BADGE            NAME";

    public static string PackerRow(Packer p) => $"{p.Id,-16} {PackerRules.RoleName(p.Role),-11} {(p.Active ? "yes" : "no"),-7} {p.Badge,-16} {p.Name}";

    public const string AccountHeader = "USER NAME                ROLE        ACTIVE  MUST CHANGE PASSWORD";

    public static string AccountRow(WebAccount a) => $"{a.UserName,-24} {a.Role,-11} {(a.Active ? "yes" : "no"),-7} {(a.MustChangePassword ? "yes" : "no")}";

    public static async Task WritePackerAsync(CliContext context, CliArguments arguments, Packer packer)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Format(arguments) == "jsonl")
        {
            await context.Out.WriteLineAsync(PackerLine(packer));
            return;
        }

        await context.Out.WriteLineAsync(PackerHeader);
        await context.Out.WriteLineAsync(PackerRow(packer));
    }
}
