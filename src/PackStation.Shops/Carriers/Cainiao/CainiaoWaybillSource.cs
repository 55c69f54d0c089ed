using PackStation.Domain.Ports;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;
using PackStation.Shops.Taobao;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// Tracking numbers as Cainiao e-waybills: <c>cainiao.waybill.ii.get</c> through the TOP gateway (signed like every
/// TOP call) draws one number per parcel from the seller's carrier account. The request names the trade and the
/// package, and Cainiao answers the same trade and package with the number it already issued, so the call is safe
/// to repeat after a timeout or a dropped answer. <c>cainiao.waybill.ii.cancel</c> voids a number (the account gets
/// it back). An empty account is <see cref="TrackingNumbersExhaustedException"/>; other refusals carry Cainiao's message.
/// The print data of the answer (for Cainiao's cloud-print component) is not kept: stations print their own label.
/// </summary>
public sealed class CainiaoWaybillSource : ITrackingNumberSource
{
    public const string HttpClientName = "cainiao";
    private readonly TopClient _top;
    private readonly CainiaoOptions _options;
    private readonly IOrderStore _orders;

    public CainiaoWaybillSource(HttpClient http, CainiaoOptions options, IOrderStore orders, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _top = new TopClient(http, options.ToTopOptions(), time);
    }

    public async Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parcel);
        var cpCode = string.IsNullOrWhiteSpace(carrier) ? _options.DefaultCpCode : carrier;
        if (string.IsNullOrWhiteSpace(cpCode))
            throw new ShopApiException(ShopErrorKind.Permanent, $"order {orderId} names no carrier and Carrier:Cainiao:DefaultCpCode is not set");
        var order = await _orders.GetOrderAsync(orderId, cancellationToken)
            ?? throw new ShopApiException(ShopErrorKind.Permanent, $"order {orderId} is not in the store; a waybill needs its recipient");
        var request = CainiaoWaybillRequest.Build(_options, cpCode, order, parcel);
        System.Text.Json.JsonElement response;
        try
        {
            // Marked as a read: the same trade and package give the same number, so the pipeline may send it again.
            response = await _top.CallAsync("cainiao.waybill.ii.get", new Dictionary<string, string>
            {
                ["param_waybill_cloud_print_apply_new_request"] = request.ToJsonString(),
            }, isRead: true, cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.Message.Contains("BALANCE", StringComparison.OrdinalIgnoreCase))
        {
            throw new TrackingNumbersExhaustedException($"The Cainiao {cpCode} account has no e-waybills left: top it up at the carrier's outlet. ({e.Message})", e);
        }

        var objectId = CainiaoWaybillRequest.ObjectId(orderId, parcel);
        var modules = JsonRead.OptionalObject(response, "modules") is { } wrapper
            ? JsonRead.OptionalArray(wrapper, "waybill_cloud_print_response")
            : [];
        var module = modules.FirstOrDefault(m => JsonRead.OptionalString(m, "object_id") == objectId);
        return module.ValueKind == System.Text.Json.JsonValueKind.Object && JsonRead.OptionalString(module, "waybill_code") is { Length: > 0 } number
            ? number
            : throw new ShopApiException(ShopErrorKind.BadResponse, $"cainiao.waybill.ii.get answered without a waybill_code for {objectId}: {ShopHttp.Snippet(response.GetRawText())}");
    }

    /// <summary>Voids an issued number (a label that will not be used). Voiding one already voided is not an error.</summary>
    public async Task CancelAsync(string carrier, string waybillCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(waybillCode);
        var cpCode = string.IsNullOrWhiteSpace(carrier) ? _options.DefaultCpCode ?? "" : carrier;
        System.Text.Json.JsonElement response;
        try
        {
            response = await _top.CallAsync("cainiao.waybill.ii.cancel", new Dictionary<string, string>
            {
                ["cp_code"] = cpCode,
                ["waybill_code"] = waybillCode,
            }, isRead: true, cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.Message.Contains("ALREADY_CANCELLED", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (JsonRead.OptionalBool(response, "cancel_result") != true)
            throw new ShopApiException(ShopErrorKind.BadResponse, $"cainiao.waybill.ii.cancel did not confirm {waybillCode}: {ShopHttp.Snippet(response.GetRawText())}");
    }
}
