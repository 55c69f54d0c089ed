using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;
using PackStation.Shops.Taobao;

namespace PackStation.Shops.Carriers.Cainiao;

/// <summary>
/// Tracking numbers as Cainiao e-waybills: <c>cainiao.waybill.ii.get</c> through the TOP gateway draws one number per
/// parcel from the seller's carrier account, up to 10 parcels per call for a batch. The request names the trade and
/// the package, and Cainiao answers the same trade and package with the number it already issued, so the call is
/// safe to repeat. A protected receiver is named by OAID and trade id (<see cref="CainiaoWaybillRequest"/>). The
/// answer's print data (encrypted, for the platform's print component) is stored with the parcel
/// (<see cref="IWaybillPrintDataStore"/>) and never logged or quoted; an order by OAID without usable print data gets
/// no number. <c>cainiao.waybill.ii.cancel</c> voids a number. Errors are told apart by TOP's sub code.
/// </summary>
public sealed class CainiaoWaybillSource : ITrackingNumberSource
{
    public const string HttpClientName = "cainiao";
    private readonly TopClient _top;
    private readonly CainiaoOptions _options;
    private readonly IOrderStore _orders;
    private readonly IWaybillPrintDataStore _printData;
    private readonly TimeProvider _time;

    public CainiaoWaybillSource(HttpClient http, CainiaoOptions options, IOrderStore orders, IWaybillPrintDataStore printData, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        _printData = printData ?? throw new ArgumentNullException(nameof(printData));
        _time = time;
        _top = new TopClient(http, options.ToTopOptions(), time);
    }

    public async Task<string> AllocateAsync(string carrier, string orderId, int parcel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parcel);
        var result = (await AllocateManyAsync([new ParcelRequest(carrier, orderId, parcel)], cancellationToken))[0];
        return result.Number ?? throw result.Refusal!;
    }

    public async Task<IReadOnlyList<TrackingAllocation>> AllocateManyAsync(IReadOnlyList<ParcelRequest> parcels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parcels);
        var results = new Dictionary<ParcelRequest, TrackingAllocation>();
        var ready = new List<(ParcelRequest Request, Order Order, string CpCode)>();
        foreach (var p in parcels)
        {
            var cpCode = string.IsNullOrWhiteSpace(p.Carrier) ? _options.DefaultCpCode : p.Carrier;
            var order = await _orders.GetOrderAsync(p.OrderId, cancellationToken);
            Exception? refusal = string.IsNullOrWhiteSpace(cpCode)
                ? new ShopApiException(ShopErrorKind.Permanent, $"order {p.OrderId} names no carrier and Carrier:Cainiao:DefaultCpCode is not set")
                : order is null ? new ShopApiException(ShopErrorKind.Permanent, $"order {p.OrderId} is not in the store; a waybill needs its recipient")
                : Check(order);
            if (refusal is not null)
                results[p] = new TrackingAllocation(p, null, refusal);
            else
                ready.Add((p, order!, cpCode!));
        }

        foreach (var carrier in ready.GroupBy(r => r.CpCode, StringComparer.Ordinal))
        {
            foreach (var chunk in carrier.Chunk(CainiaoWaybillRequest.MaxParcelsPerCall))
            {
                foreach (var result in await ApplyAsync(carrier.Key, chunk, cancellationToken))
                    results[result.Parcel] = result;
            }
        }

        return parcels.Select(p => results[p]).ToList();
    }

    /// <summary>Voids an issued number (a label that will not be used). Voiding one already voided is not an error.</summary>
    public async Task VoidAsync(string carrier, string trackingNumber, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var cpCode = string.IsNullOrWhiteSpace(carrier) ? _options.DefaultCpCode ?? "" : carrier;
        JsonElement response;
        try
        {
            response = await _top.CallAsync("cainiao.waybill.ii.cancel", new Dictionary<string, string>
            {
                ["cp_code"] = cpCode,
                ["waybill_code"] = trackingNumber,
            }, isRead: true, cancellationToken);
        }
        catch (ShopApiException e) when (e.SubCode is { } code && _options.AlreadyCancelledSubCodes.Contains(code, StringComparer.Ordinal))
        {
            return;
        }

        if (JsonRead.OptionalBool(response, "cancel_result") != true)
            throw new ShopApiException(ShopErrorKind.BadResponse, $"cainiao.waybill.ii.cancel did not confirm {trackingNumber}");
    }

    /// <summary>The same as <see cref="VoidAsync"/> (the name the Cainiao API uses).</summary>
    public Task CancelAsync(string carrier, string waybillCode, CancellationToken cancellationToken) => VoidAsync(carrier, waybillCode, cancellationToken);

    private static WaybillRefusedException? Check(Order order)
    {
        try
        {
            CainiaoWaybillRequest.Recipient(order);
            return null;
        }
        catch (WaybillRefusedException e)
        {
            return e;
        }
    }

    /// <summary>
    /// One call for up to 10 parcels. If Cainiao refuses the whole call (one bad OAID, the account running empty part-way),
    /// each parcel is asked alone, so a refusal stops only its own parcel.
    /// </summary>
    private async Task<List<TrackingAllocation>> ApplyAsync(string cpCode, (ParcelRequest Request, Order Order, string CpCode)[] chunk, CancellationToken cancellationToken)
    {
        var request = CainiaoWaybillRequest.Build(_options, cpCode, chunk.Select(c => (c.Order, c.Request.Parcel)).ToList());
        JsonElement response;
        try
        {
            // Marked as a read: the same trade and package give the same number, so the pipeline may send it again.
            response = await _top.CallAsync("cainiao.waybill.ii.get", new Dictionary<string, string>
            {
                ["param_waybill_cloud_print_apply_new_request"] = request.ToJsonString(),
            }, isRead: true, cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && chunk.Length > 1)
        {
            var alone = new List<TrackingAllocation>();
            foreach (var one in chunk)
                alone.AddRange(await ApplyAsync(cpCode, [one], cancellationToken));
            return alone;
        }
        catch (ShopApiException e) when (e.SubCode is { } code && _options.ExhaustedSubCodes.Contains(code, StringComparer.Ordinal))
        {
            var empty = new TrackingNumbersExhaustedException($"The Cainiao {cpCode} account has no e-waybills left: top it up at the carrier's outlet. ({e.Message})", e);
            return [new TrackingAllocation(chunk[0].Request, null, empty)];
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent)
        {
            return [new TrackingAllocation(chunk[0].Request, null, e)];
        }

        var modules = JsonRead.OptionalObject(response, "modules") is { } wrapper
            ? JsonRead.OptionalArray(wrapper, "waybill_cloud_print_response").ToList()
            : [];
        var results = new List<TrackingAllocation>(chunk.Length);
        foreach (var (parcel, order, _) in chunk)
            results.Add(await ReadModuleAsync(parcel, order, modules, cancellationToken));
        return results;
    }

    private async Task<TrackingAllocation> ReadModuleAsync(ParcelRequest parcel, Order order, List<JsonElement> modules, CancellationToken cancellationToken)
    {
        var objectId = CainiaoWaybillRequest.ObjectId(parcel.OrderId, parcel.Parcel);
        var module = modules.FirstOrDefault(m => JsonRead.OptionalString(m, "object_id") == objectId);
        if (module.ValueKind != JsonValueKind.Object || JsonRead.OptionalString(module, "waybill_code") is not { Length: > 0 } number)
            return new TrackingAllocation(parcel, null, new ShopApiException(ShopErrorKind.BadResponse, $"cainiao.waybill.ii.get answered without a waybill_code for {objectId}"));
        if (CainiaoPrintData.TryRead(JsonRead.OptionalString(module, "print_data"), out var data, out var problem))
            await _printData.SaveWaybillAsync(new PlatformWaybill(parcel.OrderId, parcel.Parcel, number, data), _time.GetUtcNow(), cancellationToken);
        else if (order.ReceiverProtected)
            return new TrackingAllocation(parcel, null, new WaybillRefusedException($"order {order.Id}: Cainiao issued {number} but {problem}; the print component cannot print it (asked again next time)"));
        return new TrackingAllocation(parcel, number, null);
    }
}
