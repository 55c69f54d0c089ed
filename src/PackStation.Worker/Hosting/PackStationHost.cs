using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Hardware;
using PackStation.Labels;
using PackStation.Labels.Tracking;
using PackStation.Packing;
using PackStation.Shops;
using PackStation.Shops.Demo;
using PackStation.Storage;
using PackStation.Web;
using PackStation.Worker.Cli;
using Serilog;

namespace PackStation.Worker.Hosting;

/// <summary>The composition root: one place that says what the service is made of.</summary>
public static class PackStationHost
{
    /// <summary>How long stations, sync and the web get to finish when the service is asked to stop.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(4);

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        ConfigurationFactory.Add(builder.Configuration, args, allArguments: true);
        builder.Logging.ClearProviders();
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        var configuration = builder.Configuration;
        builder.Services
            .AddPackStationStorage(configuration)
            .AddPackStationHardware(configuration)
            .AddPackStationLabels(configuration)
            .AddPackStationTrackingNumbers(configuration)
            .AddPackStationShops(configuration)
            .AddPackStationDemo(configuration)
            .AddPackStationPacking(configuration)
            .AddPackStationWeb(configuration);
        if (configuration.GetValue<bool>("Demo:SimulatedPackers"))
            builder.Services.AddPackStationSimulatedPackers(configuration);
        builder.Services.AddHostedService<ThroughputLogService>();

        var app = builder.Build();
        app.MapPackStationWeb();
        return app;
    }
}
