using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PackStation.Shops.Taobao;

using static PackStation.TestKit.Shops.TopResponses;

namespace PackStation.TestKit.Shops;

/// <summary>
/// A faithful fake of the Taobao Open Platform gateway (/router/rest): signature check (md5, hmac, hmac-sha256),
/// timestamp within ±10 minutes (GMT+8), session check, increment windows of at most one day sorted newest first
/// with page_no/page_size ≤ 100, fullinfo with the receiver masked and an OAID (as Taobao sends it to a self-hosted
/// app today; <see cref="FakeTrade.Protected"/>), offline.send refusing a trade that is not waiting to ship, and
/// injected call bans (code 7, "This ban will last for N more seconds") and isp faults. Errors come as HTTP 200 with error_response, as TOP sends them.
/// </summary>
public sealed class FakeTop(TimeProvider clock) : FakeServer
{
    public const string AppKey = "12345678";
    public const string Secret = "helloworld";
    public const string Session = "test-session";
    private readonly Lock _sync = new();
    private readonly Dictionary<string, FakeTrade> _trades = new(StringComparer.Ordinal);
    private int _callLimits;
    private int _banSeconds = 1;
    private int _bannedCalls;
    private int _ispFaults;

    public FakeTop() : this(TimeProvider.System) { }

    public FakeTrade Add(FakeTrade trade)
    {
        lock (_sync)
            _trades[trade.Tid] = trade;
        return trade;
    }

    public FakeTrade Get(string tid)
    {
        lock (_sync)
            return _trades[tid];
    }

    /// <summary>The next <paramref name="count"/> calls answer "App Call Limited" with a ban of <paramref name="seconds"/>.</summary>
    public void LimitCalls(int count, int seconds = 1)
    {
        _banSeconds = seconds;
        _callLimits = count;
    }

    /// <summary>How many calls were answered with a call ban.</summary>
    public int BannedCalls => Volatile.Read(ref _bannedCalls);

    public void FailIsp(int count) => _ispFaults = count;

    public List<(string Start, string End)> Windows { get; } = [];

    /// <summary>Items on sale: outer_id (the SKU), title, barcode, item_weight in kilograms.</summary>
    public List<(string OuterId, string Title, string? Barcode, double Kilograms)> Items { get; } = [];

    protected override void Map(WebApplication app) => app.MapPost("/router/rest", (Delegate)HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var method = form.GetValueOrDefault("method") ?? "";
        if (Check(form) is { } refusal)
            return refusal;
        if (_callLimits > 0 && Interlocked.Decrement(ref _callLimits) >= 0)
        {
            Interlocked.Increment(ref _bannedCalls);
            return Error(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", $"This ban will last for {_banSeconds} more seconds");
        }
        if (_ispFaults > 0 && Interlocked.Decrement(ref _ispFaults) >= 0)
            return Error(15, "Remote service error", "isp.remote-service-timeout", "服务超时");
        lock (_sync)
        {
            return method switch
            {
                "taobao.trades.sold.increment.get" => Increment(form),
                "taobao.trade.fullinfo.get" => FullInfo(form),
                "taobao.logistics.offline.send" => OfflineSend(form),
                "taobao.items.onsale.get" => OnSale(form),
                _ => Error(22, "Invalid Method", null, null),
            };
        }
    }

    private IResult? Check(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("app_key") != AppKey)
            return Error(29, "Invalid App Key", null, null);
        var signMethod = form.GetValueOrDefault("sign_method") ?? "md5";
        if (form.GetValueOrDefault("sign") != TopSigner.Sign(form, Secret, signMethod))
            return Error(25, "Invalid Signature", null, null);
        var timestamp = TopTime.Parse(form.GetValueOrDefault("timestamp"));
        if (timestamp is null || (clock.GetUtcNow() - timestamp.Value).Duration() > TimeSpan.FromMinutes(10))
            return Error(31, "Invalid Timestamp", null, null);
        if (form.GetValueOrDefault("session") != Session)
            return Error(27, "Invalid Session", "invalid-sessionkey", "SessionKey非法");
        return form.GetValueOrDefault("format") == "json" ? null : Error(43, "Invalid format", null, null);
    }

    private IResult Increment(Dictionary<string, string> form)
    {
        var start = TopTime.Parse(form.GetValueOrDefault("start_modified"));
        var end = TopTime.Parse(form.GetValueOrDefault("end_modified"));
        if (start is null || end is null || end < start || end - start > TimeSpan.FromDays(1))
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "start_modified和end_modified的间隔不能超过一天");
        var pageNo = int.Parse(form.GetValueOrDefault("page_no") ?? "1", CultureInfo.InvariantCulture);
        var pageSize = int.Parse(form.GetValueOrDefault("page_size") ?? "40", CultureInfo.InvariantCulture);
        if (pageSize is < 1 or > 100)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "page_size必须在1到100之间");
        Windows.Add((form["start_modified"], form["end_modified"]));
        var matching = _trades.Values.Where(t => t.Modified >= start && t.Modified <= end).OrderByDescending(t => t.Modified).ThenByDescending(t => t.Tid, StringComparer.Ordinal).ToList();
        var page = matching.Skip((pageNo - 1) * pageSize).Take(pageSize)
            .Select(t => (JsonNode)new JsonObject { ["tid"] = long.Parse(t.Tid, CultureInfo.InvariantCulture), ["status"] = t.Status, ["modified"] = TopTime.Format8(t.Modified), ["pay_time"] = t.PayTime is { } p ? TopTime.Format8(p) : null })
            .ToArray();
        return Ok("trades_sold_increment_get_response", new JsonObject
        {
            ["total_results"] = matching.Count,
            ["has_next"] = pageNo * pageSize < matching.Count,
            ["trades"] = new JsonObject { ["trade"] = new JsonArray(page) },
        });
    }

    private IResult FullInfo(Dictionary<string, string> form)
    {
        if (!_trades.TryGetValue(form.GetValueOrDefault("tid") ?? "", out var t))
            return Error(15, "Remote service error", "isv.trade-not-exist", "交易不存在");
        var trade = t.RawJson is { } raw ? JsonNode.Parse(raw)! : TradeJson(t);
        return Ok("trade_fullinfo_get_response", new JsonObject { ["trade"] = trade });
    }

    private IResult OfflineSend(Dictionary<string, string> form)
    {
        if (!_trades.TryGetValue(form.GetValueOrDefault("tid") ?? "", out var t))
            return Error(15, "Remote service error", "isv.trade-not-exist", "交易不存在");
        t.ShipCalls++;
        if (t.Status != "WAIT_SELLER_SEND_GOODS")
            return Error(15, "Remote service error", "isv.logistics-offline-service-error:B04", "订单状态不允许发货（已发货或已关闭）");
        if (string.IsNullOrEmpty(form.GetValueOrDefault("out_sid")) || string.IsNullOrEmpty(form.GetValueOrDefault("company_code")))
            return Error(40, "Missing Required Arguments", "isv.missing-parameter", "out_sid/company_code");
        t.Status = "WAIT_BUYER_CONFIRM_GOODS";
        t.InvoiceNo = form["out_sid"];
        t.CompanyCode = form["company_code"];
        t.Modified = clock.GetUtcNow();
        return Ok("logistics_offline_send_response", new JsonObject { ["shipping"] = new JsonObject { ["is_success"] = true } });
    }

    private IResult OnSale(Dictionary<string, string> form)
    {
        var pageNo = int.Parse(form.GetValueOrDefault("page_no") ?? "1", CultureInfo.InvariantCulture);
        var pageSize = int.Parse(form.GetValueOrDefault("page_size") ?? "40", CultureInfo.InvariantCulture);
        if (pageSize is < 1 or > 200)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "page_size必须在1到200之间");
        var page = Items.Skip((pageNo - 1) * pageSize).Take(pageSize).Select((item, i) => (JsonNode)new JsonObject
        {
            ["num_iid"] = 600000 + ((pageNo - 1) * pageSize) + i, ["title"] = item.Title, ["outer_id"] = item.OuterId,
            ["barcode"] = item.Barcode, ["item_weight"] = item.Kilograms.ToString(CultureInfo.InvariantCulture),
        }).ToArray();
        return Ok("items_onsale_get_response", new JsonObject { ["total_results"] = Items.Count, ["items"] = new JsonObject { ["item"] = new JsonArray(page) } });
    }

    private static JsonObject TradeJson(FakeTrade t) => new()
    {
        ["tid"] = long.Parse(t.Tid, CultureInfo.InvariantCulture),
        ["status"] = t.Status,
        ["created"] = TopTime.Format8(t.Created),
        ["modified"] = TopTime.Format8(t.Modified),
        ["pay_time"] = t.PayTime is { } p ? TopTime.Format8(p) : null,
        ["receiver_name"] = t.Protected ? FakeOaids.MaskName(t.ReceiverName) : t.ReceiverName,
        ["receiver_mobile"] = t.Protected ? FakeOaids.MaskPhone(t.ReceiverMobile) : t.ReceiverMobile,
        ["receiver_state"] = "浙江省",
        ["receiver_city"] = "杭州市",
        ["receiver_district"] = "西湖区",
        ["receiver_address"] = t.Protected ? FakeOaids.MaskAddress(t.ReceiverAddress) : t.ReceiverAddress,
        ["oaid"] = t.Protected ? t.Oaid : null,
        ["receiver_zip"] = "310012",
        ["orders"] = new JsonObject
        {
            ["order"] = new JsonArray(t.Orders.Select((o, i) => (JsonNode)new JsonObject
            {
                ["oid"] = long.Parse(t.Tid, CultureInfo.InvariantCulture) * 10 + i,
                ["outer_sku_id"] = o.OuterSkuId,
                ["title"] = o.Title,
                ["num"] = o.Num,
                ["refund_status"] = o.RefundStatus,
                ["invoice_no"] = t.InvoiceNo,
                ["logistics_company"] = t.CompanyCode,
            }).ToArray()),
        },
    };
}
