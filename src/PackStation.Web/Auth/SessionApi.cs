using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>
/// Log in and out (cookie), the antiforgery token, changing one's password. Logging out ends every session of the
/// account; changing the password ends the others (<see cref="SessionCookie"/>).
/// </summary>
public static class SessionApi
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record PasswordChange(string CurrentPassword, string NewPassword);

    public sealed record SessionInfo(string? UserName, string? Role, bool MustChangePassword, bool AnonymousRead);

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapGet("", (ClaimsPrincipal user, WebAccess access) => TypedResults.Ok(new SessionInfo(
            user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            user.FindFirstValue(ClaimTypes.Role),
            user.HasClaim(c => c.Type == WebRoles.MustChangeClaim),
            access.AnonymousRead))).AllowAnonymous().WithName("GetSession").WithSummary("Who is signed in");

        group.MapGet("/csrf", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new { token = tokens.RequestToken, headerName = AntiforgeryFilter.HeaderName });
        }).AllowAnonymous().WithName("GetCsrfToken").WithSummary("The antiforgery token for the X-CSRF-TOKEN header");

        group.MapPost("", LoginAsync).AllowAnonymous().AddEndpointFilter<AntiforgeryFilter>().WithName("Login").WithSummary("Log in (sets the session cookie)")
            .Produces<SessionInfo>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/logout", async (HttpContext context, IAccountStore accounts, CancellationToken cancellationToken) =>
        {
            // Every session of the account ends, not only this one: a forgotten tablet is logged out too.
            await accounts.EndSessionsAsync(context.User.Identity!.Name!, cancellationToken);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>().WithName("Logout").WithSummary("Log out").Produces(StatusCodes.Status204NoContent);

        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>().WithName("ChangePassword")
            .WithSummary("Change one's own password (ends the account's other sessions)").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, HttpContext context, IAccountStore accounts, PasswordService passwords,
        LoginThrottle throttle, CancellationToken cancellationToken)
    {
        var userName = request.UserName?.Trim() ?? "";
        using var attempt = throttle.TryBegin(userName, context.Connection.RemoteIpAddress, out var wait);
        if (attempt is null)
            return Locked(context, wait);

        var account = userName.Length == 0 ? null : await accounts.FindAccountAsync(userName, cancellationToken);
        if (account is null || request.Password is null || !passwords.Verify(account, request.Password))
        {
            attempt.Failed(account is not null);
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "login-failed");
        }

        attempt.Succeeded();
        if (!account.Active)
            return TypedResults.Problem("This account is disabled: ask a supervisor.", statusCode: StatusCodes.Status401Unauthorized, title: "account-disabled");
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookie.Principal(account));
        return TypedResults.Ok(new SessionInfo(account.UserName, account.Role, account.MustChangePassword, false));
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChange request, HttpContext context, IAccountStore accounts, PasswordService passwords,
        AccountAdministration administration, LoginThrottle throttle, CancellationToken cancellationToken)
    {
        var userName = context.User.Identity!.Name!;
        using var attempt = throttle.TryBegin(userName, context.Connection.RemoteIpAddress, out var wait);
        if (attempt is null)
            return Locked(context, wait);
        var account = await accounts.FindAccountAsync(userName, cancellationToken);
        if (account is null || request.CurrentPassword is null || !passwords.Verify(account, request.CurrentPassword))
        {
            attempt.Failed(account is not null);
            return TypedResults.Problem("The current password is wrong.", statusCode: StatusCodes.Status403Forbidden, title: "wrong-password");
        }

        attempt.Succeeded();
        var outcome = await administration.ChangePasswordAsync(account, request.NewPassword, cancellationToken);
        if (outcome.Account is not { } changed)
            return TypedResults.Problem(Sentence(outcome.Problem!.Message), statusCode: StatusCodes.Status400BadRequest, title: "weak-password");
        // This session goes on under the new stamp; the account's other sessions end.
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookie.Principal(changed));
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Locked(HttpContext context, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem($"Too many failed logins from this computer. Try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "login-locked");
    }

    internal static string Sentence(string message) => string.Concat(message[..1].ToUpperInvariant(), message.AsSpan(1), ".");
}
