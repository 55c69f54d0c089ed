using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace PackStation.Web.Tests;

/// <summary>HTTP clients for the service: with cookies, the CSRF header, a login, and optionally a chosen source address.</summary>
public static class WebClient
{
    /// <summary>A client with its own cookies; <paramref name="from"/> binds the connection's source (any 127.x.y.z works on Linux).</summary>
    public static HttpClient Create(Uri baseAddress, IPAddress? from = null, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = true };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public static async Task AddCsrfAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/session/csrf", UriKind.Relative)));
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", doc.RootElement.GetProperty("token").GetString());
    }

    /// <summary>Posts a login (with a fresh CSRF token); the caller reads the status.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient http, string userName, string password)
    {
        await AddCsrfAsync(http);
        return await http.PostAsJsonAsync("/api/session", new { userName, password });
    }

    /// <summary>A client logged in as the fixture's supervisor, with a CSRF token bound to that login.</summary>
    public static async Task<HttpClient> SupervisorAsync(Uri baseAddress, CookieContainer? cookies = null)
    {
        var http = Create(baseAddress, cookies: cookies);
        using (var login = await LoginAsync(http, WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword))
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await AddCsrfAsync(http);
        return http;
    }

    /// <summary>Enrols a packer through the API (as a site does: the badge is the service's, at random); returns the badge.</summary>
    public static async Task<string> EnrolPackerAsync(Uri baseAddress, string id, string name)
    {
        using var http = await SupervisorAsync(baseAddress);
        using var response = await http.PostAsJsonAsync("/api/packers", new { id, name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("badge").GetString()!;
    }
}
