using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PackStation.Domain.Catalogue;
using PackStation.Domain.Orders;
using PackStation.Domain.Shipping;
using PackStation.Shops.Connectors;
using PackStation.Shops.Http;

namespace PackStation.Shops.Taobao;

/// <summary>
/// Taobao Open Platform. Orders: <c>taobao.trades.sold.increment.get</c> over windows of at most 30 minutes, each
/// window paged from its last page backwards (results are sorted by modified time, newest first, and a trade that
/// changes again leaves the window), then <c>taobao.trade.fullinfo.get</c> per trade. Write-back:
/// <c>taobao.logistics.offline.send</c>. The catalogue comes from <c>taobao.items.onsale.get</c>.
/// </summary>
public sealed class TaobaoConnector : IShopConnector
{
    public const string HttpClientName = "taobao";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan FirstLookback = TimeSpan.FromDays(1);
    private const int PageSize = 100;
    private readonly TopClient _top;
    private readonly ShopOptions _options;
    private readonly TimeProvider _time;

    public TaobaoConnector(HttpClient http, ShopOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _top = new TopClient(http, options, time);
    }

    public string Shop => _options.ShopName;

    public async IAsyncEnumerable<OrderPage> PullOrdersAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var start = since ?? now - FirstLookback;
        while (start < now)
        {
            var end = start + Window < now ? start + Window : now;
            var first = await IncrementAsync(start, end, 1, 1, cancellationToken);
            var total = (int)(JsonRead.OptionalInt64(first, "total_results") ?? 0);
            var pages = (total + PageSize - 1) / PageSize;
            if (pages == 0)
                yield return new OrderPage([], [], 1, end);
            for (var page = pages; page >= 1; page--)
            {
                var list = await IncrementAsync(start, end, page, PageSize, cancellationToken);
                var (orders, rejected, requests) = await DetailAsync(TaobaoTradeMapper.List(list, "trades", "trade"), cancellationToken);
                yield return new OrderPage(orders, rejected, requests + (page == pages ? 2 : 1), page == 1 ? end : null);
            }

            start = end;
        }
    }

    public async Task<IReadOnlyList<Order>> GetOrdersAsync(IReadOnlyList<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var result = new List<Order>();
        foreach (var tid in externalIds)
        {
            try
            {
                if (TaobaoTradeMapper.Map(await FullInfoAsync(tid, TaobaoTradeMapper.TradeFields, cancellationToken), Shop) is { } order)
                    result.Add(order);
            }
            catch (ShopDataException)
            {
                // An unreadable trade keeps its stored copy; the next reconciliation tries again.
            }
            catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.SubCode?.StartsWith("isv.", StringComparison.Ordinal) == true)
            {
                // The trade is gone or not ours: nothing to reconcile.
            }
        }

        return result;
    }

    public async IAsyncEnumerable<IReadOnlyList<Product>> PullCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var response = await _top.CallAsync("taobao.items.onsale.get", new Dictionary<string, string>
            {
                ["fields"] = "num_iid,title,outer_id,barcode,item_weight",
                ["page_no"] = page.ToString(CultureInfo.InvariantCulture),
                ["page_size"] = "200",
            }, isRead: true, cancellationToken);
            var items = TaobaoTradeMapper.List(response, "items", "item").ToList();
            var products = new List<Product>();
            foreach (var item in items)
            {
                var sku = JsonRead.OptionalString(item, "outer_id");
                if (string.IsNullOrWhiteSpace(sku))
                    continue;
                var barcode = JsonRead.OptionalString(item, "barcode");
                var kilograms = JsonRead.OptionalDouble(item, "item_weight");
                products.Add(new Product(sku, JsonRead.OptionalString(item, "title") ?? sku,
                    kilograms is > 0 ? (int)Math.Round(kilograms.Value * 1000) : null,
                    string.IsNullOrWhiteSpace(barcode) ? [] : [new ProductBarcode(barcode.Trim())]));
            }

            yield return products;
            var total = JsonRead.OptionalInt64(response, "total_results") ?? 0;
            if (items.Count == 0 || page * 200 >= total)
                yield break;
        }
    }

    public async Task ConfirmShipmentAsync(ShipmentConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var carrier = confirmation.Carrier ?? _options.DefaultCarrier
            ?? throw new ShopApiException(ShopErrorKind.Permanent, $"order {confirmation.OrderId} has no carrier code (set Shop:DefaultCarrier)");
        if (confirmation.TrackingNumbers.Count == 0)
            throw new ShopApiException(ShopErrorKind.Permanent, $"order {confirmation.OrderId} has no tracking number");
        var response = await _top.CallAsync("taobao.logistics.offline.send", new Dictionary<string, string>
        {
            ["tid"] = confirmation.ExternalId,
            ["out_sid"] = confirmation.TrackingNumbers[0],
            ["company_code"] = carrier,
        }, isRead: false, cancellationToken);
        var success = JsonRead.OptionalObject(response, "shipping") is { } shipping && JsonRead.OptionalBool(shipping, "is_success") == true;
        if (!success)
            throw new ShopApiException(ShopErrorKind.Ambiguous, $"taobao.logistics.offline.send for {confirmation.ExternalId} did not report success: {ShopHttp.Snippet(response.GetRawText())}");
    }

    public async Task<RemoteShipment> GetShipmentAsync(string externalId, CancellationToken cancellationToken)
    {
        JsonElement trade;
        try
        {
            trade = await FullInfoAsync(externalId, "tid,status,orders", cancellationToken);
        }
        catch (ShopApiException e) when (e.Kind == ShopErrorKind.Permanent && e.SubCode == "isv.trade-not-exist")
        {
            return new RemoteShipment(RemoteShipmentState.NotFound, []);
        }

        var status = JsonRead.OptionalString(trade, "status");
        if (TaobaoTradeMapper.IsShipped(status))
        {
            var numbers = TaobaoTradeMapper.SubOrders(trade).Select(o => JsonRead.OptionalString(o, "invoice_no"))
                .Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
            return new RemoteShipment(RemoteShipmentState.Shipped, numbers);
        }

        return TaobaoTradeMapper.IsClosed(status) ? new RemoteShipment(RemoteShipmentState.Cancelled, []) : RemoteShipment.NotShipped;
    }

    private Task<JsonElement> IncrementAsync(DateTimeOffset start, DateTimeOffset end, int page, int size, CancellationToken cancellationToken) =>
        _top.CallAsync("taobao.trades.sold.increment.get", new Dictionary<string, string>
        {
            ["fields"] = "tid,status,modified,pay_time",
            ["start_modified"] = TopTime.Format8(start),
            ["end_modified"] = TopTime.Format8(end),
            ["page_no"] = page.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = size.ToString(CultureInfo.InvariantCulture),
        }, isRead: true, cancellationToken);

    private async Task<JsonElement> FullInfoAsync(string tid, string fields, CancellationToken cancellationToken)
    {
        var response = await _top.CallAsync("taobao.trade.fullinfo.get", new Dictionary<string, string>
        {
            ["tid"] = tid,
            ["fields"] = fields,
        }, isRead: true, cancellationToken);
        return JsonRead.TryField(response, "trade") is { ValueKind: JsonValueKind.Object } trade
            ? trade
            : throw new ShopDataException("taobao.trade.fullinfo.get answered without a trade");
    }

    /// <summary>Fetches the full trade of every listed trade that matters to the warehouse.</summary>
    private async Task<(List<Order> Orders, List<RejectedOrder> Rejected, int Requests)> DetailAsync(IEnumerable<JsonElement> trades, CancellationToken cancellationToken)
    {
        var orders = new List<Order>();
        var rejected = new List<RejectedOrder>();
        var requests = 0;
        foreach (var listed in trades.ToList())
        {
            var tid = JsonRead.OptionalString(listed, "tid");
            var status = JsonRead.OptionalString(listed, "status");
            var neverPaid = TaobaoTradeMapper.IsClosed(status) && string.IsNullOrEmpty(JsonRead.OptionalString(listed, "pay_time"));
            if (tid is null || neverPaid || !(status == TaobaoTradeMapper.ReadyStatus || TaobaoTradeMapper.IsClosed(status)))
                continue;
            try
            {
                requests++;
                if (TaobaoTradeMapper.Map(await FullInfoAsync(tid, TaobaoTradeMapper.TradeFields, cancellationToken), Shop) is { } order)
                    orders.Add(order);
            }
            catch (ShopDataException e)
            {
                rejected.Add(new RejectedOrder(tid, e.Message));
            }
        }

        return (orders, rejected, requests);
    }
}
