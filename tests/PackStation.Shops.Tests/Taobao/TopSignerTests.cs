using PackStation.Shops.Taobao;

namespace PackStation.Shops.Tests.Taobao;

public sealed class TopSignerTests
{
    // Expected values computed independently (Python hashlib/hmac) from the TOP signing rule: sorted key+value pairs,
    // empty values dropped; md5 wraps the text in the secret, hmac and hmac-sha256 key it with the secret; upper hex.
    [Theory]
    [InlineData("md5", "45FCD6ACA9C3EDA81524D1F3302F885B")]
    [InlineData("hmac", "7A14A67A21B7D434C0F4BC1232C92F17")]
    [InlineData("hmac-sha256", "DE069B88066DA6F0098A235A02D8CA927EA03E4EF9AE31B1CCC0CA4A76A81E80")]
    public void Sign_KnownParameters_MatchesIndependentComputation(string method, string expected)
    {
        var parameters = new Dictionary<string, string>
        {
            ["method"] = "taobao.trade.fullinfo.get", ["app_key"] = "12345678", ["session"] = "test-session",
            ["timestamp"] = "2026-11-28 09:12:00", ["format"] = "json", ["v"] = "2.0", ["tid"] = "3391028845",
            ["fields"] = "tid,status", ["empty"] = "", ["sign_method"] = method, ["sign"] = "ignored",
        };

        Assert.Equal(expected, TopSigner.Sign(parameters, "helloworld", method));
    }

    [Fact]
    public void Format8_UtcTime_WrittenInBeijingTime()
    {
        Assert.Equal("2026-11-28 09:12:00", TopTime.Format8(new DateTimeOffset(2026, 11, 28, 1, 12, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 1, 12, 0, TimeSpan.Zero), TopTime.Parse("2026-11-28 09:12:00"));
    }
}
