using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PackStation.Domain.Orders;
using PackStation.Domain.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace PackStation.Web.Tests.Auth;

[Collection(WebCollection.Name)]
public sealed class StateChangeAuthTests(WebAppFixture web)
{
    [Theory]
    [InlineData("/api/orders/TB-1/hold")]
    [InlineData("/api/orders/TB-1/release")]
    [InlineData("/api/accounts")]
    [InlineData("/api/session/logout")]
    public async Task Post_Anonymous_IsRefused(string path)
    {
        using var http = new HttpClient { BaseAddress = web.BaseAddress };

        using var response = await http.PostAsJsonAsync(path, new { reason = "x", userName = "mallory", role = "supervisor" });

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
    }

    [Fact]
    public async Task HoldOrder_SupervisorWithoutCsrfToken_IsRefusedAndOrderUnchanged()
    {
        using var http = await LoggedInClientAsync();
        var order = await ReadyOrderAsync();
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        using var response = await http.PostAsJsonAsync($"/api/orders/{order.Id}/hold", new { reason = "test" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OrderStatus.Ready, (await web.Services.GetRequiredService<IOrderStore>().GetOrderAsync(order.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task HoldThenRelease_SupervisorWithCsrfToken_ChangesOrder()
    {
        using var http = await LoggedInClientAsync();
        var order = await ReadyOrderAsync();
        var orders = web.Services.GetRequiredService<IOrderStore>();

        using (var hold = await http.PostAsJsonAsync($"/api/orders/{order.Id}/hold", new { reason = "customer called" }))
            Assert.Equal(HttpStatusCode.NoContent, hold.StatusCode);
        var held = await orders.GetOrderAsync(order.Id, CancellationToken.None);
        Assert.Equal(OrderStatus.Hold, held!.Status);
        Assert.Contains("customer called", held.HoldReason, StringComparison.Ordinal);

        using (var release = await http.PostAsJsonAsync($"/api/orders/{order.Id}/release", new { }))
            Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        Assert.Equal(OrderStatus.Ready, (await orders.GetOrderAsync(order.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = web.BaseAddress };
        await AddCsrfAsync(http);

        using var response = await http.PostAsJsonAsync("/api/session", new { userName = WebAppFixture.SupervisorName, password = "wrong password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<Order> ReadyOrderAsync() =>
        (await web.Services.GetRequiredService<IOrderStore>().ListOrdersAsync(OrderStatus.Ready, 50, CancellationToken.None))[^1];

    private async Task<HttpClient> LoggedInClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = web.BaseAddress };
        await AddCsrfAsync(http);
        using (var login = await http.PostAsJsonAsync("/api/session", new { userName = WebAppFixture.SupervisorName, password = WebAppFixture.SupervisorPassword }))
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await AddCsrfAsync(http); // the token is bound to the signed-in user
        return http;
    }

    private static async Task AddCsrfAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/session/csrf", UriKind.Relative)));
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", doc.RootElement.GetProperty("token").GetString());
    }
}
