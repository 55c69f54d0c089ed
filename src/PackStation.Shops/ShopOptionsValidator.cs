using Microsoft.Extensions.Options;
using PackStation.Shops.Taobao;

namespace PackStation.Shops;

/// <summary>Checks at start that the chosen kind has everything it needs; the message names the missing setting.</summary>
public sealed class ShopOptionsValidator : IValidateOptions<ShopOptions>
{
    public ValidateOptionsResult Validate(string? name, ShopOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = Required(options).Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Setting).ToList();
        if (missing.Count > 0)
            return ValidateOptionsResult.Fail($"Shop:{missing[0]} is required when Shop:Kind is {options.Kind}.");
        if (options.BaseUrl is { IsAbsoluteUri: false })
            return ValidateOptionsResult.Fail("Shop:BaseUrl must be an absolute address (https://…).");
        if (options.Kind == ShopKind.Taobao && !TopSigner.IsKnown(options.SignMethod))
            return ValidateOptionsResult.Fail($"Shop:SignMethod must be md5, hmac or hmac-sha256, not \"{options.SignMethod}\".");
        if (options.MaxCallBanWait < TimeSpan.Zero || options.MaxCallBanWait > TimeSpan.FromMinutes(10))
            return ValidateOptionsResult.Fail("Shop:MaxCallBanWait must be between 00:00:00 and 00:10:00.");
        if (options.Kind == ShopKind.Shopify && options.RequestsPerSecond <= 0)
            return ValidateOptionsResult.Fail("Shop:RequestsPerSecond must be above zero.");
        if (options.Kind == ShopKind.File && options.Path is { } path && !File.Exists(path) && !Directory.Exists(path))
            return ValidateOptionsResult.Fail($"Shop:Path names {path}, which does not exist.");
        if (options.Kind == ShopKind.File && options.MappingPath is { Length: > 0 } mapping && !File.Exists(mapping))
            return ValidateOptionsResult.Fail($"Shop:MappingPath names {mapping}, which does not exist.");
        return ValidateOptionsResult.Success;
    }

    private static IEnumerable<(string Setting, string? Value)> Required(ShopOptions o) => o.Kind switch
    {
        ShopKind.Taobao => [("BaseUrl", o.BaseUrl?.ToString()), ("AppKey", o.AppKey), ("AppSecret", o.AppSecret), ("SessionKey", o.SessionKey)],
        ShopKind.Shopify => [("BaseUrl", o.BaseUrl?.ToString()), ("AccessToken", o.AccessToken)],
        ShopKind.WooCommerce => [("BaseUrl", o.BaseUrl?.ToString()), ("ConsumerKey", o.ConsumerKey), ("ConsumerSecret", o.ConsumerSecret)],
        ShopKind.File => [("Path", o.Path)],
        _ => [],
    };
}
