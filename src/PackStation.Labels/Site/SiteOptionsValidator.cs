using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace PackStation.Labels;

/// <summary>
/// Checks <see cref="SiteOptions"/> at start: a known time zone, a complete sender on a real site, and none of the
/// settings this section replaced (they were read by one part each, so a site could set one and print another).
/// </summary>
public sealed class SiteOptionsValidator(IConfiguration configuration) : IValidateOptions<SiteOptions>
{
    private static readonly (string Old, string New)[] Replaced =
    [
        ("Packing:SenderName", "Site:Sender:Name"),
        ("Packing:SenderPhone", "Site:Sender:Phone"),
        ("Packing:SenderAddress", "Site:Sender:Address"),
        ("Labels:Sender", "Site:Sender"),
        ("Packing:TimeZone", "Site:TimeZone"),
        ("Labels:TimeZone", "Site:TimeZone"),
    ];

    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (old, replacement) in Replaced)
        {
            var section = configuration.GetSection(old);
            if (section.Value is not null || section.GetChildren().Any())
                return ValidateOptionsResult.Fail($"{old} is no longer read: set {replacement} instead (one setting for stations, labels and the dashboard).");
        }

        if (!string.IsNullOrWhiteSpace(options.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
            return ValidateOptionsResult.Fail($"Site:TimeZone \"{options.TimeZone}\" is not a known time zone id (e.g. Asia/Shanghai).");
        if (!options.Sender.IsComplete)
            return ValidateOptionsResult.Fail("Site:Sender:Name, Site:Sender:Phone and Site:Sender:Address must be set: they are printed as the sender on every label.");
        return ValidateOptionsResult.Success;
    }
}
