using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.Domain.Scanning;
using PackStation.Web.Auth;
using PackStation.Web.Pages;

namespace PackStation.Web.Sheets;

/// <summary>
/// <c>/sheets/commands</c>: every command and override reason code; <c>/sheets/badges[?ids=P001,P002]</c>: badges to
/// print (supervisors only: a badge logs a packer in, a supervisor's badge approves overrides; see
/// <see cref="BadgeSheetPage"/>); <c>/sheets/barcode.svg?data=</c>: one code.
/// </summary>
public static class SheetsEndpoints
{
    private static readonly Dictionary<PackCommand, (string En, string Zh)> CommandCaptions = new()
    {
        [PackCommand.Next] = ("Next order", "下一单"),
        [PackCommand.Cancel] = ("Cancel", "取消"),
        [PackCommand.Reprint] = ("Reprint label", "重打面单"),
        [PackCommand.NewParcel] = ("New parcel", "新包裹"),
        [PackCommand.Short] = ("Item short", "缺货"),
        [PackCommand.Hold] = ("Hold order", "挂起订单"),
        [PackCommand.Override] = ("Supervisor override", "主管放行"),
        [PackCommand.Logout] = ("Log out", "退出登录"),
    };

    private static readonly Dictionary<string, string> ReasonCaptions = new(StringComparer.Ordinal)
    {
        ["BARCODE-UNREADABLE"] = "条码无法识别",
        ["SCALE-FAULT"] = "秤故障",
        ["PACKAGING-DIFFERS"] = "包装不同",
        ["SUBSTITUTE-APPROVED"] = "已批准替换",
        ["CUSTOMER-REQUEST"] = "客户要求",
        ["OTHER"] = "其他",
    };

    public static IEndpointRouteBuilder MapSheets(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/sheets/commands", (HttpContext context) =>
        {
            var conventions = BarcodeConventions.Default;
            var cards = BarcodeConventions.CommandNames.Keys
                .Select(c => CommandCaptions.TryGetValue(c, out var caption)
                    ? new SheetCard(conventions.CodeFor(c), caption.En, caption.Zh)
                    : new SheetCard(conventions.CodeFor(c), c.ToString(), c.ToString()))
                .Concat(BarcodeConventions.StandardReasons.Select(r => new SheetCard(conventions.CodeForReason(r), "Reason: " + r.Replace('-', ' ').ToLowerInvariant(),
                    "原因：" + ReasonCaptions.GetValueOrDefault(r, r), "after OVERRIDE + supervisor badge")));
            return Results.Content(SheetPage.Render("PackStation command sheet / 命令条码", cards, PageLanguage.Choose(context)), "text/html; charset=utf-8");
        }).RequireReadAccess(access).ExcludeFromDescription();

        app.MapGet("/sheets/badges", async Task<IResult> (string? ids, HttpContext context, IPeopleStore people, CancellationToken cancellationToken) =>
        {
            var active = (await people.LoadPackersAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
            var chosen = string.IsNullOrWhiteSpace(ids)
                ? active.Values.Where(p => p.Active).OrderBy(p => p.Role).ThenBy(p => p.Id, StringComparer.Ordinal).ToList()
                : ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(id => active.GetValueOrDefault(id) ?? new Packer(id, "", "", Active: false)).ToList();
            if (chosen.Where(p => !p.Active).Select(p => p.Id).ToList() is { Count: > 0 } refused)
                return TypedResults.Problem($"No badge for {string.Join(", ", refused)}: unknown or disabled.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
            return Results.Content(BadgeSheetPage.Render(chosen, PageLanguage.Choose(context)), "text/html; charset=utf-8");
        }).RequireSupervisorRead().Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("Sheets").WithName("BadgeSheet")
            .WithSummary("Badges to print and cut (A4, ten to a page, cut marks): the chosen packers (ids=P001,P002) or all active ones");

        app.MapGet("/sheets/barcode.svg", IResult (string? data) =>
            string.IsNullOrEmpty(data) || data.Length > 80 || data.Any(c => c < 32 || c > 126)
                ? TypedResults.Problem("data: 1-80 printable ASCII characters.", statusCode: StatusCodes.Status400BadRequest)
                : Results.Content(Code128Svg.Render(data), "image/svg+xml"))
            .RequireReadAccess(access).WithTags("Sheets").WithName("Code128Svg")
            .WithSummary("One Code 128 barcode as SVG").Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
