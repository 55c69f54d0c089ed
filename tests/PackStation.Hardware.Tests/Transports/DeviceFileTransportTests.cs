using System.Text;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Transports;

/// <summary>
/// The same reconnect loop over a Linux device file (a pty stands in for /dev/hidrawN or /dev/usb/lpN: poll, read and
/// write work on it the same way); the test plays the device on the far end.
/// </summary>
public sealed class DeviceFileTransportTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReadAndWrite_ThroughTheDeviceFile_ReachTheFarEnd()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var transport = Open(pair.DevicePath);
        await using var far = pair.OpenFar();

        await transport.WriteAsync("~HS"u8.ToArray(), CancellationToken.None).AsTask().WaitAsync(Guard);
        var query = new byte[3];
        await far.ReadExactlyAsync(query).AsTask().WaitAsync(Guard);
        await far.WriteAsync("ok\r\n"u8.ToArray());

        Assert.Equal("~HS", Encoding.ASCII.GetString(query));
        Assert.Equal("ok\r\n", await transport.ReadTextAsync(4));
        Assert.Equal(DeviceState.Connected, transport.Health.State);
    }

    [Fact]
    public async Task ReadAsync_UnpluggedThenReplugged_DisconnectedThenReadsAgain()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var transport = Open(pair.DevicePath);
        await transport.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);

        var pending = transport.ReadAsync(new byte[16], CancellationToken.None).AsTask();
        await pair.UnplugAsync();
        var lost = await Assert.ThrowsAsync<DeviceDisconnectedException>(() => pending.WaitAsync(Guard));
        Assert.StartsWith(pair.DevicePath + " disconnected: ", lost.Message, StringComparison.Ordinal);
        Assert.Equal(DeviceState.Disconnected, transport.Health.State);

        await pair.ReplugAsync();
        await using var far = pair.OpenFar();
        var reading = transport.ReadTextAsync(2);
        await transport.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        await far.WriteAsync("B\r"u8.ToArray());
        Assert.Equal("B\r", await reading);
        Assert.Equal(DeviceState.Connected, transport.Health.State);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_LosesNothing()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var transport = Open(pair.DevicePath);
        await transport.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        using var cancel = new CancellationTokenSource();
        var pending = transport.ReadAsync(new byte[16], cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(Guard));

        await using var far = pair.OpenFar();
        await far.WriteAsync("C\r"u8.ToArray());
        Assert.Equal("C\r", await transport.ReadTextAsync(2));
    }

    [Fact]
    public async Task BorrowedTransport_Disposed_LeavesTheOwnersTransportOpen()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var owned = Open(pair.DevicePath);
        var borrowed = new BorrowedTransport(owned);
        await borrowed.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);

        await borrowed.DisposeAsync();

        await using var far = pair.OpenFar();
        await far.WriteAsync("D\r"u8.ToArray());
        Assert.Equal("D\r", await owned.ReadTextAsync(2));
        Assert.Equal(DeviceState.Connected, owned.Health.State);
    }

    private static ReconnectingTransport Open(string path) =>
        new(new DeviceFileOpener(path, FileAccess.ReadWrite), new ReconnectOptions { ReconnectDelay = TimeSpan.FromMilliseconds(20) });
}
