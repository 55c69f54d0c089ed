using System.ComponentModel.DataAnnotations;
using PackStation.Shops.Taobao;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// The <c>Carrier:Cainiao</c> section: the TOP gateway and the seller's app for Cainiao cloud-print e-waybills
/// (电子面单), the carrier account to draw numbers from and the sender printed on the waybill. AppSecret and
/// SessionKey come from the environment or the secrets file and are never logged.
/// </summary>
public sealed class CainiaoOptions : IValidatableObject
{
    public const string Section = "Carrier:Cainiao";

    /// <summary>The TOP gateway, e.g. https://eco.taobao.com/router/rest.</summary>
    public Uri? BaseUrl { get; set; }

    public string? AppKey { get; set; }

    public string? AppSecret { get; set; }

    public string? SessionKey { get; set; }

    /// <summary>md5, hmac or hmac-sha256, as for the Taobao shop.</summary>
    public string SignMethod { get; set; } = "hmac-sha256";

    /// <summary>The carrier (cp_code, e.g. ZTO, YTO, STO, YUNDA, SF) when the order names none.</summary>
    public string? DefaultCpCode { get; set; }

    /// <summary>The carrier's standard cloud-print template (template_url).</summary>
    public Uri? TemplateUrl { get; set; }

    /// <summary>order_channels_type for orders that are not from Taobao or Tmall.</summary>
    public string OrderChannelsType { get; set; } = "OTHERS";

    /// <summary>
    /// TOP sub codes that mean the carrier account has no e-waybills left. Cainiao's codes are not published in a
    /// source checked here, so they are configuration.
    /// </summary>
    public List<string> ExhaustedSubCodes { get; set; } = ["isv.WAYBILL_BALANCE_NOT_ENOUGH"];

    /// <summary>TOP sub codes of a cancel for a number already cancelled (not an error for us).</summary>
    public List<string> AlreadyCancelledSubCodes { get; set; } = ["isv.WAYBILL_ALREADY_CANCELLED"];

    /// <summary>The longest TOP call ban that is waited out (see Shop:MaxCallBanWait).</summary>
    public TimeSpan MaxCallBanWait { get; set; } = TimeSpan.FromSeconds(60);

    public string? SenderName { get; set; }

    public string? SenderMobile { get; set; }

    public string? SenderProvince { get; set; }

    public string? SenderCity { get; set; }

    public string? SenderDistrict { get; set; }

    public string? SenderAddress { get; set; }

    internal ShopOptions ToTopOptions() => new()
    {
        Kind = ShopKind.Taobao,
        BaseUrl = BaseUrl,
        AppKey = AppKey,
        AppSecret = AppSecret,
        SessionKey = SessionKey,
        SignMethod = SignMethod,
        MaxCallBanWait = MaxCallBanWait,
    };

    /// <summary>The always-true rules; what Cainiao e-waybills need is checked by <see cref="CainiaoOptionsValidator"/>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { IsAbsoluteUri: false })
            yield return new ValidationResult("must be an absolute address (https://…).", [nameof(BaseUrl)]);
        if (TemplateUrl is { IsAbsoluteUri: false })
            yield return new ValidationResult("must be an absolute address (https://…).", [nameof(TemplateUrl)]);
        if (!TopSigner.IsKnown(SignMethod))
            yield return new ValidationResult($"must be md5, hmac or hmac-sha256, not \"{SignMethod}\".", [nameof(SignMethod)]);
    }

    public override string ToString() => $"Cainiao e-waybills for app {AppKey} at {BaseUrl}";
}
