using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PackStation.Shops.Taobao;

using static PackStation.TestKit.Shops.TopResponses;

namespace PackStation.TestKit.Shops;

/// <summary>
/// A fake of Cainiao's cloud-print e-waybill calls on the TOP gateway (/router/rest): the TOP signature, timestamp
/// (±10 min) and session checks; <c>cainiao.waybill.ii.get</c> with at most 10 trade_order_info_dtos and 100 trades
/// and items each, required sender, a recipient by OAID + tid (an OAID the fake TOP issued for that trade) or in
/// plain text — masked plain text is refused —, a carrier account per cp_code with a balance that each new number
/// uses up, the same number again for the same cp_code, trade list and package id, and print_data in the
/// cloud-print shape (encryptedData, signature, templateURL, ver); <c>cainiao.waybill.ii.cancel</c>
/// returning the number to the balance. Errors come as HTTP 200 with error_response, as TOP sends them. The isv
/// sub-codes are this fake's own (the reference lists no Cainiao codes); the client matches on BALANCE and
/// ALREADY_CANCELLED in them.
/// </summary>
public sealed class FakeCainiao : FakeServer
{
    public const string AppKey = "23456789";
    public const string Secret = "cainiao-secret";
    public const string Session = "cainiao-session";
    private readonly Lock _sync = new();
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
    private int _next = 73100000;

    /// <summary>Remaining numbers per subscribed carrier (cp_code).</summary>
    public Dictionary<string, int> Balance { get; } = new(StringComparer.Ordinal) { ["ZTO"] = 100 };

    public HashSet<string> Cancelled { get; } = new(StringComparer.Ordinal);

    /// <summary>OAIDs this fake refuses although the platform issued them (an OAID the waybill API does not accept).</summary>
    public HashSet<string> RefusedOaids { get; } = new(StringComparer.Ordinal);

    /// <summary>print_data answered instead of the real shape, by trade id (missing or malformed print data).</summary>
    public Dictionary<string, string> BrokenPrintData { get; } = new(StringComparer.Ordinal);

    /// <summary>Every encryptedData this fake handed out (for tests that prove it never reaches a log).</summary>
    public List<string> EncryptedTexts { get; } = [];

    /// <summary>How many requests named a masked receiver in plain text (and were refused).</summary>
    public int MaskedRefusals { get; private set; }

    /// <summary>Every apply request's JSON parameter, as received.</summary>
    public List<JsonObject> Applications { get; } = [];

    public int IssuedCount
    {
        get
        {
            lock (_sync)
                return _issued.Count;
        }
    }

    protected override void Map(WebApplication app) => app.MapPost("/router/rest", (Delegate)HandleAsync);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (form.GetValueOrDefault("app_key") != AppKey)
            return Error(29, "Invalid App Key", null, null);
        if (form.GetValueOrDefault("sign") != TopSigner.Sign(form, Secret, form.GetValueOrDefault("sign_method") ?? "md5"))
            return Error(25, "Invalid Signature", null, null);
        if (TopTime.Parse(form.GetValueOrDefault("timestamp")) is not { } at || (DateTimeOffset.UtcNow - at).Duration() > TimeSpan.FromMinutes(10))
            return Error(31, "Invalid Timestamp", null, null);
        if (form.GetValueOrDefault("session") != Session)
            return Error(27, "Invalid Session", "invalid-sessionkey", "SessionKey非法");
        lock (_sync)
        {
            return form.GetValueOrDefault("method") switch
            {
                "cainiao.waybill.ii.get" => Apply(form.GetValueOrDefault("param_waybill_cloud_print_apply_new_request")),
                "cainiao.waybill.ii.cancel" => Cancel(form.GetValueOrDefault("cp_code"), form.GetValueOrDefault("waybill_code")),
                _ => Error(22, "Invalid Method", null, null),
            };
        }
    }

    private IResult Apply(string? json)
    {
        JsonObject? request;
        try
        {
            request = json is null ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            request = null;
        }

        if (request is null)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "param_waybill_cloud_print_apply_new_request 不是合法的JSON");
        Applications.Add(request);
        var cp = request["cp_code"]?.GetValue<string>();
        if (string.IsNullOrEmpty(cp) || !Balance.TryGetValue(cp, out var left))
            return Error(15, "Remote service error", "isv.WAYBILL_CP_NOT_SUBSCRIBED", $"未订购{cp}电子面单服务");
        if (request["sender"]?["address"]?["detail"] is null || request["sender"]?["name"] is null)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "sender 信息不完整");
        if (request["trade_order_info_dtos"] is not JsonArray dtos || dtos.Count is < 1 or > 10)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "trade_order_info_dtos 数量必须在1到10之间");
        var modules = new JsonArray();
        foreach (var dto in dtos)
        {
            var trades = dto?["order_info"]?["trade_order_list"] as JsonArray;
            var items = dto?["package_info"]?["items"] as JsonArray;
            if (dto?["object_id"] is null || trades is not { Count: >= 1 and <= 100 } || items is not { Count: >= 1 and <= 100 })
                return Error(41, "Invalid Arguments", "isv.invalid-parameter", "object_id、trade_order_list(1-100)、items(1-100) 必填");
            if (CheckRecipient(dto["recipient"] as JsonObject, trades) is { } refusal)
                return refusal;
            var key = $"{cp}|{string.Join(',', trades.Select(t => t!.GetValue<string>()))}|{dto["package_info"]?["id"]}";
            if (!_issued.TryGetValue(key, out var code) || Cancelled.Contains(code))
            {
                if (left <= 0)
                    return Error(15, "Remote service error", "isv.WAYBILL_BALANCE_NOT_ENOUGH", "电子面单余额不足");
                code = cp + (++_next).ToString(CultureInfo.InvariantCulture);
                _issued[key] = code;
                Balance[cp] = --left;
            }

            modules.Add(new JsonObject { ["object_id"] = dto["object_id"]!.DeepClone(), ["waybill_code"] = code, ["print_data"] = PrintData(code, trades[0]!.GetValue<string>(), dto["template_url"]?.GetValue<string>()) });
        }

        return Ok("cainiao_waybill_ii_get_response", new JsonObject { ["modules"] = new JsonObject { ["waybill_cloud_print_response"] = modules } });
    }

    /// <summary>
    /// A receiver is either an OAID the platform issued, with its own trade id among the trades, or plain text that is
    /// not masked; masked text as a receiver is refused (a courier could not deliver to it).
    /// </summary>
    private IResult? CheckRecipient(JsonObject? recipient, JsonArray trades)
    {
        if (recipient?["oaid"]?.GetValue<string>() is { Length: > 0 } oaid)
        {
            var tid = recipient["tid"]?.GetValue<string>();
            var trade = FakeOaids.Resolve(oaid);
            if (trade is null || RefusedOaids.Contains(oaid) || trade.Tid != tid || !trades.Any(t => t!.GetValue<string>() == tid))
                return Error(15, "Remote service error", "isv.oaid-invalid", "收件人oaid无效或与订单不匹配");
            return null;
        }

        var name = recipient?["name"]?.GetValue<string>();
        var mobile = recipient?["mobile"]?.GetValue<string>();
        var detail = recipient?["address"]?["detail"]?.GetValue<string>();
        if (detail is null || name is null)
            return Error(41, "Invalid Arguments", "isv.invalid-parameter", "recipient 信息不完整");
        if (new[] { name, mobile, detail }.Any(t => t is not null && (t.Contains('*', StringComparison.Ordinal) || t.Contains('＊', StringComparison.Ordinal))))
        {
            MaskedRefusals++;
            return Error(41, "Invalid Arguments", "isv.receiver-masked", "收件人信息为脱敏数据，请传oaid");
        }

        return null;
    }

    private string PrintData(string code, string tid, string? templateUrl)
    {
        if (BrokenPrintData.TryGetValue(tid, out var broken))
            return broken;
        var secret = "AES:" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("secret|" + code)));
        EncryptedTexts.Add(secret);
        return new JsonObject
        {
            ["encryptedData"] = secret,
            ["signature"] = "MD:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)), 0, 16),
            ["templateURL"] = templateUrl ?? "http://cloudprint.cainiao.com/template/standard/101",
            ["ver"] = "waybill_print_secret_version_1",
        }.ToJsonString();
    }

    private IResult Cancel(string? cp, string? code)
    {
        if (string.IsNullOrEmpty(cp) || string.IsNullOrEmpty(code) || !_issued.ContainsValue(code) || !code.StartsWith(cp, StringComparison.Ordinal))
            return Error(15, "Remote service error", "isv.WAYBILL_NOT_EXIST", $"面单号{code}不存在");
        if (!Cancelled.Add(code))
            return Error(15, "Remote service error", "isv.WAYBILL_ALREADY_CANCELLED", $"面单号{code}已取消");
        Balance[cp]++;
        return Ok("cainiao_waybill_ii_cancel_response", new JsonObject { ["cancel_result"] = true });
    }
}
