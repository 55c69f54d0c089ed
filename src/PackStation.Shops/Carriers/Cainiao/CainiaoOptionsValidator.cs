using Microsoft.Extensions.Options;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// When <c>Carrier:TrackingNumbers</c> is Cainiao, checks at start that <c>Carrier:Cainiao</c> has what a waybill
/// request needs: the gateway, the app's keys, a default carrier and the sender. The message names the first missing one.
/// </summary>
public sealed class CainiaoOptionsValidator : IValidateOptions<CainiaoOptions>
{
    public ValidateOptionsResult Validate(string? name, CainiaoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = Required(options).FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Value)).Setting;
        return missing is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CainiaoOptions.Section}:{missing} is required when Carrier:TrackingNumbers is Cainiao.");
    }

    private static IEnumerable<(string Setting, string? Value)> Required(CainiaoOptions o) =>
    [
        ("BaseUrl", o.BaseUrl?.ToString()), ("AppKey", o.AppKey), ("AppSecret", o.AppSecret), ("SessionKey", o.SessionKey),
        ("DefaultCpCode", o.DefaultCpCode), ("SenderName", o.SenderName), ("SenderMobile", o.SenderMobile),
        ("SenderAddress", o.SenderAddress),
    ];
}
