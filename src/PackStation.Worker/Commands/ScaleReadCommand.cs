using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Hardware;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary>
/// <c>packstation scale read --profile P --port DEV [--count N] [--stable] [--json] [--timeout S]</c>: prints scale
/// readings, one line each, until N were printed or SIGTERM/Ctrl+C. With <c>--stable</c> only stable weights above
/// zero are printed (the first one, unless --count says more) and the command exits; readings on the way and health
/// changes go to standard error. <c>--json</c> lines: {"grams","stable","raw","unit","error","status"}; grams is
/// null whenever the reading carries no weight (errors, overload). <c>--timeout</c> gives up with exit code 6.
/// </summary>
public sealed class ScaleReadCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "scale read";

    public string Usage => "scale read --profile P --port DEV [--count N] [--stable] [--json] [--timeout S]";

    public string Summary => "print weight readings of a scale (--stable: wait for one stable weight)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json", "stable" };

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var binding = new DeviceBinding { Profile = arguments.Require("profile"), Port = arguments.Get("port") };
        var json = arguments.Has("json");
        var stableOnly = arguments.Has("stable");
        var count = arguments.GetInt("count", stableOnly ? 1 : 0);
        var timeout = arguments.GetSeconds("timeout", TimeSpan.Zero);

        await using var services = await context.BuildServicesAsync((s, c) => s.AddPackStationHardware(c), cancellationToken);
        var factory = services.GetRequiredService<DeviceFactory>();
        factory.Validate(DeviceKind.Scale, binding);
        IScale scale;
        try
        {
            scale = factory.CreateScale(binding);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message, e);
        }

        using var deadline = timeout > TimeSpan.Zero ? new CancellationTokenSource(timeout) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        await using (scale)
        {
            scale.HealthChanged += (_, health) =>
                context.Error.WriteLine($"scale {scale.Name}: {health.StatusText}{(health.Reason is { } reason ? " (" + reason + ")" : "")}");
            var printed = 0;
            try
            {
                await foreach (var reading in scale.ReadingsAsync(linked.Token))
                {
                    var line = json ? JsonSerializer.Serialize(ReadingLine.From(reading), Json) : Describe(reading);
                    if (stableOnly && !reading.IsParcelWeight)
                    {
                        await context.Error.WriteLineAsync(line);
                        continue;
                    }

                    await context.Out.WriteLineAsync(line);
                    await context.Out.FlushAsync(linked.Token);
                    if (count > 0 && ++printed >= count)
                        break;
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync($"packstation scale read: no {(stableOnly ? "stable weight" : "reading")} within {timeout.TotalSeconds:0.###} s");
                return ExitCodes.Timeout;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // SIGTERM or Ctrl+C: a clean stop.
            }
        }

        return ExitCodes.Ok;
    }

    private static string Describe(WeightReading reading)
    {
        var raw = reading.Raw is null ? "" : $"  [{reading.Raw}]";
        if (ReadingLine.WeightOf(reading) is not { } grams)
            return $"{reading.Status.ToString().ToLowerInvariant()}: {reading.Error ?? "no weight"}{raw}";
        var state = reading.Stable ? "stable" : "moving";
        return string.Create(CultureInfo.InvariantCulture, $"{grams} g  {state}  ({reading.Unit}){raw}");
    }

    /// <summary>The stable JSON shape of a reading (docs/interfaces.md): grams, stable, raw, unit, error; status added.</summary>
    private sealed record ReadingLine(decimal? Grams, bool Stable, string? Raw, string Unit, string? Error, string Status)
    {
        public static ReadingLine From(WeightReading reading) =>
            new(WeightOf(reading), reading.Stable, reading.Raw, reading.Unit, reading.Error, StatusText(reading.Status));

        /// <summary>The grams a reading carries, normalised (2500.000 → 2500); null when it carries no weight.</summary>
        public static decimal? WeightOf(WeightReading reading) =>
            reading.Status is WeightStatus.Ok or WeightStatus.Zero || (reading.Status == WeightStatus.UnderZero && reading.Grams != 0)
                ? reading.Grams / 1.000000000000000000000000000000000m
                : null;

        private static string StatusText(WeightStatus status) => status switch
        {
            WeightStatus.Ok => "ok",
            WeightStatus.Zero => "zero",
            WeightStatus.UnderZero => "under-zero",
            WeightStatus.Overload => "overload",
            _ => "error",
        };
    }
}
