using PackStation.Hardware.Profiles;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands;

/// <summary><c>packstation profiles check [DIR]</c>: validates every hardware profile; non-zero exit on the first invalid one.</summary>
public sealed class ProfilesCheckCommand : ICliCommand
{
    public string Name => "profiles check";

    public string Usage => "profiles check [DIR]";

    public string Summary => "validate hardware profiles against the schema";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, CliArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var configured = context.Configuration["Hardware:ProfilesPath"];
        var directory = (arguments.Positional.Count > 0 ? arguments.Positional[0] : null)
            ?? (string.IsNullOrWhiteSpace(configured) ? null : configured)
            ?? ProfileLibrary.FindDefaultDirectory()
            ?? throw new CliUsageException("no hardware-profiles folder found; name one.");
        try
        {
            var library = ProfileLibrary.Load(directory);
            foreach (var profile in library.All)
                await context.Out.WriteLineAsync($"ok  {profile.Kind.ToString().ToLowerInvariant(),-8} {profile.Id,-28} {profile.Vendor} {profile.Model}");
            await context.Out.WriteLineAsync($"{library.All.Count()} profiles valid in {directory}");
            return ExitCodes.Ok;
        }
        catch (ProfileException e)
        {
            await context.Error.WriteLineAsync("invalid: " + e.Message);
            return ExitCodes.Invalid;
        }
    }
}
