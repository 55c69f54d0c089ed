using PackStation.Hardware.Scanners;

namespace PackStation.Hardware.Tests.Scanners;

public sealed class ScanDebouncerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ShouldDeliver_SameCodeWithinWindow_DroppedOnce()
    {
        var debouncer = new ScanDebouncer(TimeSpan.FromMilliseconds(500));

        Assert.True(debouncer.ShouldDeliver(At("A", 0)));
        Assert.False(debouncer.ShouldDeliver(At("A", 200)));
        Assert.True(debouncer.ShouldDeliver(At("A", 600)));
    }

    [Fact]
    public void ShouldDeliver_DifferentCode_AlwaysDelivered()
    {
        var debouncer = new ScanDebouncer(TimeSpan.FromMilliseconds(500));

        Assert.True(debouncer.ShouldDeliver(At("A", 0)));
        Assert.True(debouncer.ShouldDeliver(At("B", 10)));
        Assert.True(debouncer.ShouldDeliver(At("A", 20)));
    }

    [Fact]
    public void ShouldDeliver_ZeroWindow_DeliversDoubles()
    {
        var debouncer = new ScanDebouncer(TimeSpan.Zero);
        Assert.True(debouncer.ShouldDeliver(At("A", 0)));
        Assert.True(debouncer.ShouldDeliver(At("A", 0)));
    }

    private static Scan At(string data, int ms) => new(data, T0 + TimeSpan.FromMilliseconds(ms));
}
