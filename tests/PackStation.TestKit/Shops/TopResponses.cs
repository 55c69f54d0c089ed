using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PackStation.TestKit.Shops;

/// <summary>How the Taobao Open Platform gateway answers, for every fake behind it: a named response root, or error_response.</summary>
internal static class TopResponses
{
    public static IResult Ok(string root, JsonObject body) =>
        Results.Text(new JsonObject { [root] = body }.ToJsonString(), "application/json; charset=utf-8");

    public static IResult Error(int code, string msg, string? subCode, string? subMsg) =>
        Results.Text(new JsonObject
        {
            ["error_response"] = new JsonObject { ["code"] = code, ["msg"] = msg, ["sub_code"] = subCode, ["sub_msg"] = subMsg, ["request_id"] = "fake" },
        }.ToJsonString(), "application/json; charset=utf-8");
}
