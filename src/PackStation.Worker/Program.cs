using PackStation.Worker.Cli;
using Serilog;

// The bootstrap logger catches what goes wrong before the host's own logger is configured.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    return await PackStationCli.RunAsync(args, Console.Out, Console.Error);
}
catch (Exception e)
{
    Log.Fatal(e, "packstation stopped unexpectedly");
    return ExitCodes.Failed;
}
finally
{
    await Log.CloseAndFlushAsync();
}
