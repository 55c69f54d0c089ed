using Microsoft.Extensions.DependencyInjection;
using PackStation.Packing.Directory;
using PackStation.Storage;
using PackStation.Web.Auth;
using PackStation.Worker.Cli;

namespace PackStation.Worker.Commands.People;

/// <summary>
/// What the <c>packers</c> and <c>users</c> commands work with: the configured store (migrated), the people service
/// and the account administration, as the service composes them. They need no running service and no login: whoever
/// may run <c>packstation</c> as the service's user may enrol staff and reset a lost password.
/// </summary>
internal static class PeopleCommandServices
{
    public static Task<CommandServices> BuildAsync(CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.BuildServicesAsync((services, configuration) =>
        {
            services.AddPackStationStorage(configuration);
            services.AddSingleton<PackingDirectory>();
            services.AddSingleton<PeopleService>();
            services.AddSingleton<StaffImporter>();
            services.AddSingleton<PasswordService>();
            services.AddSingleton<AccountAdministration>();
        }, cancellationToken);
    }

    /// <summary>Who made a change from the command line, as the people log records it.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    /// <summary>Prints why a change was not made and returns its exit code: 7 for bad input, 1 otherwise.</summary>
    public static async Task<int> FailAsync(CliContext context, string command, PeopleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        await context.Error.WriteLineAsync($"packstation {command}: {problem.Message}");
        return problem.Kind == PeopleProblemKind.Invalid ? ExitCodes.Invalid : ExitCodes.Failed;
    }
}
