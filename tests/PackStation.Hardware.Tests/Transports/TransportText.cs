using System.Text;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Tests.Transports;

/// <summary>Reads exactly so many ASCII bytes from a transport; the guard only stops a hung test.</summary>
internal static class TransportText
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    public static async Task<string> ReadTextAsync(this ReconnectingTransport transport, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
            total += await transport.ReadAsync(buffer.AsMemory(total), CancellationToken.None).AsTask().WaitAsync(Guard);
        return Encoding.ASCII.GetString(buffer);
    }
}
