using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PackStation.Settings.Tests;

public sealed class SettingsServiceCollectionExtensionsTests
{
    public enum Mode
    {
        Normal,
        Full,
    }

    public sealed class SyncSample
    {
        [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
        public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

        public Mode Mode { get; set; }

        public List<string> Names { get; set; } = [];
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, int registrations = 1)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        for (var i = 0; i < registrations; i++)
            services.AddSettings<SyncSample>(configuration, "Shop:Sync");
        return services.BuildServiceProvider();
    }

    private static async Task<OptionsValidationException> StartupFailureAsync(ServiceProvider services) =>
        await Assert.ThrowsAsync<OptionsValidationException>(() => services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));

    [Fact]
    public async Task AddSettings_ValueOutOfRange_FailsAtStartNamingTheSetting()
    {
        using var services = Build(new() { ["Shop:Sync:Interval"] = "00:00:00" });
        var failure = await StartupFailureAsync(services);
        Assert.Equal(["Shop:Sync:Interval must be between 00:00:01 and 1.00:00:00, not 00:00:00."], failure.Failures);
    }

    [Fact]
    public async Task AddSettings_ValueNotOfItsType_FailsAtStartSayingWhatItTakes()
    {
        using var services = Build(new() { ["Shop:Sync:Interval"] = "soon" });
        var failure = await StartupFailureAsync(services);
        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("Shop:Sync:Interval cannot be \"soon\": it must be a time span", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSettings_UnknownEnumName_ListsTheNames()
    {
        using var services = Build(new() { ["Shop:Sync:Mode"] = "Sometimes" });
        var failure = await StartupFailureAsync(services);
        Assert.Equal(["Shop:Sync:Mode cannot be \"Sometimes\": it must be one of Normal, Full."], failure.Failures);
    }

    [Fact]
    public async Task AddSettings_RegisteredTwice_BoundAndCheckedOnce()
    {
        using var services = Build(new() { ["Shop:Sync:Names:0"] = "a", ["Shop:Sync:Interval"] = "00:00:00" }, registrations: 2);
        var failure = await StartupFailureAsync(services);
        Assert.Single(failure.Failures);
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SyncSample>>().Value);
    }

    [Fact]
    public void AddSettings_RegisteredTwice_ListBoundOnce()
    {
        using var services = Build(new() { ["Shop:Sync:Names:0"] = "a" }, registrations: 2);
        Assert.Equal(["a"], services.GetRequiredService<IOptions<SyncSample>>().Value.Names);
    }
}
