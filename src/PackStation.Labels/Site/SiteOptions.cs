namespace PackStation.Labels;

/// <summary>
/// Configuration section <c>Site</c>: facts about the warehouse that several parts print or show alike. The sender on
/// every label (stations, <c>packstation label</c>, batch waybills) and the time zone of label print times, the
/// dashboard's "today", its clock and its hourly chart.
/// </summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>The sender printed on every label. A real site must set it; the demo site falls back to <see cref="DemoSender"/>.</summary>
    public SenderAddress Sender { get; set; } = new();

    /// <summary>The warehouse's time zone (IANA id, e.g. Asia/Shanghai); empty: the machine's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The demo shop's warehouse, used only while <c>Demo:Enabled</c> is true and <c>Site:Sender</c> is unset.</summary>
    public static SenderAddress DemoSender { get; } = new()
    {
        Name = "草原绒线坊",
        Phone = "0471-5551234",
        Province = "内蒙古自治区",
        City = "呼和浩特市",
        District = "赛罕区",
        Address = "绒线产业园8号",
    };

    /// <summary>The configured zone, or the machine's when none is set.</summary>
    public TimeZoneInfo Zone(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return string.IsNullOrWhiteSpace(TimeZone) ? clock.LocalTimeZone : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
    }
}
