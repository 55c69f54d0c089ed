using System.Collections.Concurrent;
using System.Text;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Transports;
using PackStation.TestKit;

namespace PackStation.Hardware.Tests.Transports;

/// <summary>The reconnect loop over a serial port, played by the test on the far end of a socat pty pair.</summary>
public sealed class ReconnectingSerialPortTests
{
    /// <summary>Only a guard against a hang failing the whole run; nothing here measures speed.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReadAsync_FarEndWrites_ReturnsTheBytes()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await port.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        await using var far = pair.OpenFar();

        await far.WriteAsync("0123\r"u8.ToArray());

        Assert.Equal("0123\r", await port.ReadTextAsync(5));
        Assert.Equal(DeviceState.Connected, port.Health.State);
    }

    [Fact]
    public async Task WriteAsync_Bytes_ArriveAtFarEnd()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await using var far = pair.OpenFar();

        await port.WriteAsync("W\r\n"u8.ToArray(), CancellationToken.None).AsTask().WaitAsync(Guard);

        var buffer = new byte[3];
        await far.ReadExactlyAsync(buffer).AsTask().WaitAsync(Guard);
        Assert.Equal("W\r\n"u8.ToArray(), buffer);
    }

    [Fact]
    public async Task ReadAsync_FarEndUnplugged_ThrowsDisconnectedAndReportsHealth()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await port.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        var changes = RecordHealth(port);

        var pending = port.ReadAsync(new byte[16], CancellationToken.None).AsTask();
        await pair.UnplugAsync();

        await Assert.ThrowsAsync<DeviceDisconnectedException>(() => pending.WaitAsync(Guard));
        Assert.Equal(DeviceState.Disconnected, port.Health.State);
        Assert.Equal([DeviceState.Disconnected], changes.Select(h => h.State));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_AfterUnplugAndReplug_ReadsFromTheNewDevice(bool hardKill)
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await using (var far = pair.OpenFar())
        {
            await far.WriteAsync("A\r"u8.ToArray());
            Assert.Equal("A\r", await port.ReadTextAsync(2));
        }

        var changes = RecordHealth(port);
        var pending = port.ReadAsync(new byte[16], CancellationToken.None).AsTask();
        await pair.UnplugAsync(hardKill);
        await Assert.ThrowsAsync<DeviceDisconnectedException>(() => pending.WaitAsync(Guard));

        var reconnect = port.ConnectAsync(CancellationToken.None).AsTask();
        await pair.ReplugAsync();
        await reconnect.WaitAsync(Guard);
        await using (var far = pair.OpenFar())
        {
            await far.WriteAsync("B\r"u8.ToArray());
            Assert.Equal("B\r", await port.ReadTextAsync(2));
        }

        Assert.Equal([DeviceState.Disconnected, DeviceState.Connected], changes.Select(h => h.State));
    }

    [Fact]
    public async Task ConnectAsync_DeviceAbsentAtFirst_WaitsUntilItAppears()
    {
        await using var pair = await SocatPair.StartAsync();
        await pair.UnplugAsync();
        await using var port = Open(pair.DevicePath);

        var connecting = port.ConnectAsync(CancellationToken.None).AsTask();
        Assert.False(connecting.IsCompleted);
        Assert.Equal(DeviceState.Disconnected, port.Health.State);

        await pair.ReplugAsync();
        await connecting.WaitAsync(Guard);
        Assert.Equal(DeviceState.Connected, port.Health.State);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsCancelledAndTheNextReadStillWorks()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await port.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);

        using var cancel = new CancellationTokenSource();
        var pending = port.ReadAsync(new byte[16], cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(Guard));

        await using var far = pair.OpenFar();
        await far.WriteAsync("C\r"u8.ToArray());
        Assert.Equal("C\r", await port.ReadTextAsync(2));
        Assert.Equal(DeviceState.Connected, port.Health.State);
    }

    [Fact]
    public async Task WriteAsync_FarEndGone_ThrowsDisconnected()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await port.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        await pair.UnplugAsync();

        var error = await Record.ExceptionAsync(async () =>
        {
            // The first write may still land in the pty's buffer; a vanished device fails within a few.
            for (var i = 0; i < 64; i++)
                await port.WriteAsync(new byte[4096], CancellationToken.None);
        }).WaitAsync(Guard);

        Assert.IsType<DeviceDisconnectedException>(error);
        Assert.Equal(DeviceState.Disconnected, port.Health.State);
    }

    [Fact]
    public async Task DisposeAsync_DuringPendingRead_EndsTheRead()
    {
        await using var pair = await SocatPair.StartAsync();
        var port = Open(pair.DevicePath);
        await port.ConnectAsync(CancellationToken.None).AsTask().WaitAsync(Guard);
        var pending = port.ReadAsync(new byte[16], CancellationToken.None).AsTask();

        await port.DisposeAsync().AsTask().WaitAsync(Guard);

        var error = await Record.ExceptionAsync(() => pending.WaitAsync(Guard));
        Assert.True(error is ObjectDisposedException or DeviceDisconnectedException, error?.ToString());
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await port.ReadAsync(new byte[1], CancellationToken.None));
    }

    [Fact]
    public async Task AsStream_ReadAndWrite_GoThroughThePort()
    {
        await using var pair = await SocatPair.StartAsync();
        await using var port = Open(pair.DevicePath);
        await using var stream = port.AsStream();
        await using var far = pair.OpenFar();

        await stream.WriteAsync("P\r"u8.ToArray());
        var command = new byte[2];
        await far.ReadExactlyAsync(command).AsTask().WaitAsync(Guard);
        await far.WriteAsync("  1.50 kg\r\n"u8.ToArray());
        var reply = new byte[11];
        await stream.ReadExactlyAsync(reply).AsTask().WaitAsync(Guard);

        Assert.Equal("P\r"u8.ToArray(), command);
        Assert.Equal("  1.50 kg\r\n", Encoding.ASCII.GetString(reply));
    }

    private static ReconnectingTransport Open(string path) =>
        new(new SerialPortOpener(new SerialPortOptions { Path = path }),
            new ReconnectOptions { ReconnectDelay = TimeSpan.FromMilliseconds(20), CloseTimeout = TimeSpan.FromSeconds(1) });

    private static ConcurrentQueue<DeviceHealth> RecordHealth(ReconnectingTransport port)
    {
        var changes = new ConcurrentQueue<DeviceHealth>();
        port.HealthChanged += (_, health) => changes.Enqueue(health);
        return changes;
    }
}
