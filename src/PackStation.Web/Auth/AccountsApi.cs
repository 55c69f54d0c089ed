using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Ports;
using PackStation.Web.Api;

namespace PackStation.Web.Auth;

/// <summary>
/// Web accounts for supervisors: list, add (with a one-time password), disable, re-enable, reset a password; and the
/// log of every change to people (packers and accounts). Every change needs a supervisor and the antiforgery token.
/// </summary>
public static class AccountsApi
{
    public sealed record NewAccount(string UserName, string Role);

    /// <summary>An account with the one-time password it was just given: shown once, to be handed to its owner.</summary>
    public sealed record IssuedPassword(string UserName, string Role, string OneTimePassword);

    public sealed record PeopleChangeView(long Sequence, DateTimeOffset At, string Actor, string Subject, string SubjectKind, string Action, string? Detail);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("People");
        group.MapGet("", async (AccountAdministration accounts, CancellationToken cancellationToken) =>
                TypedResults.Ok((await accounts.ListAsync(cancellationToken)).Select(AccountView.Of).ToList()))
            .RequireSupervisorRead().WithName("ListAccounts").WithSummary("Every web account, active or not");
        group.MapPost("", async Task<IResult> (NewAccount request, AccountAdministration accounts, HttpContext context, CancellationToken cancellationToken) =>
                Issued(await accounts.AddAsync(request.UserName, request.Role, context.Actor(), cancellationToken), created: true))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateAccount").WithSummary("Add a supervisor or viewer account; answers its one-time password, which must be changed at the first login");
        group.MapPost("/{userName}/reset-password", async Task<IResult> (string userName, AccountAdministration accounts, HttpContext context,
                CancellationToken cancellationToken) => Issued(await accounts.ResetPasswordAsync(userName, context.Actor(), cancellationToken), created: false))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ResetPassword").WithSummary("Give an account a new one-time password and end its sessions");
        group.MapPost("/{userName}/disable", (string userName, AccountAdministration accounts, HttpContext context, CancellationToken cancellationToken) =>
                Answer(accounts.SetActiveAsync(userName, false, context.Actor(), cancellationToken)))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DisableAccount").WithSummary("Disable an account and end its sessions (not one's own, not the last supervisor)");
        group.MapPost("/{userName}/enable", (string userName, AccountAdministration accounts, HttpContext context, CancellationToken cancellationToken) =>
                Answer(accounts.SetActiveAsync(userName, true, context.Actor(), cancellationToken)))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("EnableAccount").WithSummary("Re-enable a disabled account");

        app.MapGet("/api/people/changes", async (string? subject, int? limit, IPeopleStore people, CancellationToken cancellationToken) =>
                TypedResults.Ok((await people.ReadPeopleEventsAsync(string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(),
                    Math.Clamp(limit ?? 200, 1, 1000), cancellationToken)).Select(e => new PeopleChangeView(e.Sequence, e.At, e.Actor, e.Subject,
                    e.SubjectKind.ToString().ToLowerInvariant(), e.Action.ToString(), e.Detail)).ToList()))
            .RequireSupervisorRead().WithTags("People").WithName("ListPeopleChanges")
            .WithSummary("Changes to packers and accounts, newest first: who made each, when, and what");
        return app;
    }

    private static IResult Issued(AccountOutcome outcome, bool created)
    {
        if (outcome.Account is not { } account)
            return outcome.Problem!.ToResult();
        var body = new IssuedPassword(account.UserName, account.Role, outcome.OneTimePassword!);
        return created ? TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(account.UserName)}", body) : TypedResults.Ok(body);
    }

    private static async Task<IResult> Answer(Task<AccountOutcome> change)
    {
        var outcome = await change;
        return outcome.Account is { } account ? TypedResults.Ok(AccountView.Of(account)) : outcome.Problem!.ToResult();
    }
}
