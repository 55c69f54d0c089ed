using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace PackStation.Labels.Tests.Support;

public static class Renderers
{
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero));

    public static LabelRenderer Create(FakeTimeProvider? clock = null) =>
        new(clock ?? Clock(), Options.Create(new LabelOptions()), Options.Create(new SiteOptions { TimeZone = "Asia/Shanghai" }));
}
