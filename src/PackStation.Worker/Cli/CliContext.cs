using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PackStation.Worker.Cli;

/// <summary>
/// What a command gets: the raw arguments (for commands that build a host), the layered configuration
/// (appsettings, environment, command line), and the output streams.
/// </summary>
public sealed record CliContext(string[] RawArguments, IConfiguration Configuration, TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// The services the command uses, registered by <paramref name="register"/> with the projects' <c>Add…</c>
    /// extensions: checked and ready (see <see cref="CommandServices"/>).
    /// </summary>
    public Task<CommandServices> BuildServicesAsync(Action<IServiceCollection, IConfiguration> register, CancellationToken cancellationToken) =>
        CommandServices.BuildAsync(Configuration, register, cancellationToken);
}
