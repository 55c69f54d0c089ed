using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>
/// At the first start (no web accounts yet) creates the first supervisor with a one-time password and prints it to
/// the log once; the password must be changed at the first login. Runs after the store migration.
/// </summary>
public sealed partial class FirstSupervisorService(IAccountStore accounts, PasswordService passwords, WebOptions options, TimeProvider clock,
    ILogger<FirstSupervisorService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await accounts.ListAccountsAsync(cancellationToken)).Count > 0)
            return;
        var password = PasswordService.OneTimePassword();
        var account = new WebAccount(options.FirstSupervisor, passwords.Hash(options.FirstSupervisor, password), WebRoles.Supervisor, true, clock.GetUtcNow());
        var change = new PeopleEvent(clock.GetUtcNow(), "first-start", PeopleSubject.Account, account.UserName, PeopleAction.Added, WebRoles.Supervisor);
        if (await accounts.CreateAccountAsync(account, change, cancellationToken))
            LogFirstSupervisor(options.FirstSupervisor, password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
        Message = "First start: supervisor account {UserName} created with the one-time password {OneTimePassword}; it must be changed at the first login at /login")]
    private partial void LogFirstSupervisor(string userName, string oneTimePassword);
}
