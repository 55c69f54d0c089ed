using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PackStation.Domain.Ports;

namespace PackStation.Worker.Cli;

/// <summary>
/// The one way a command gets the services it uses: a generic host over the command's configuration holding only the
/// parts the command registers (with the projects' own <c>Add…</c> extensions), logging warnings to standard error.
/// Before the command sees it, every registered section is checked (a bad value ends the command with exit code 3,
/// naming the setting) and the store, if one is registered, is migrated. The host is not started: a command whose
/// parts run in the background (<c>simulate</c>) starts it.
/// </summary>
public sealed class CommandServices : IServiceProvider, IAsyncDisposable
{
    private readonly IHost _host;

    private CommandServices(IHost host) => _host = host;

    public object? GetService(Type serviceType) => _host.Services.GetService(serviceType);

    /// <summary>Builds the services; <paramref name="settings"/> override the command's configuration.</summary>
    public static async Task<CommandServices> BuildAsync(
        IConfiguration configuration,
        Action<IServiceCollection, IConfiguration> register,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(register);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(configuration);
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.None)
            .AddFilter("Polly", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        register(builder.Services, builder.Configuration);

        var host = builder.Build();
        try
        {
            if (host.Services.GetService<IAsyncStartupValidator>() is { } validator)
                await validator.ValidateAsync(cancellationToken);
            if (host.Services.GetService<IStoreSchema>() is { } schema)
                await schema.MigrateAsync(cancellationToken);
            return new CommandServices(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => _host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _host.StopAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
            return disposable.DisposeAsync();
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
