using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace PackStation.TestKit.Components;

/// <summary>The server side of the RFC 6455 opening handshake over a raw TCP stream (enough for a test server).</summary>
internal static class WebSocketHandshake
{
    private const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>Reads the HTTP upgrade request and answers 101; false when it is not a WebSocket upgrade.</summary>
    public static async Task<bool> AcceptAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var request = new StringBuilder();
        var buffer = new byte[1];
        while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, cancellationToken) == 0 || request.Length > 16 * 1024)
                return false;
            request.Append((char)buffer[0]);
        }

        var key = request.ToString().Split("\r\n")
            .FirstOrDefault(l => l.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))?["Sec-WebSocket-Key:".Length..].Trim();
        if (key is null)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"), cancellationToken);
            return false;
        }

#pragma warning disable CA5350 // RFC 6455 fixes SHA-1 for Sec-WebSocket-Accept; it protects nothing here.
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + Guid)));
#pragma warning restore CA5350
        var response = $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response), cancellationToken);
        return true;
    }
}
