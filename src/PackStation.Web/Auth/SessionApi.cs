using System.Security.Claims;
using Claim = System.Security.Claims.Claim;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>Log in and out (cookie), the antiforgery token, changing one's password, adding accounts.</summary>
public static class SessionApi
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record PasswordChange(string CurrentPassword, string NewPassword);

    public sealed record NewAccount(string UserName, string Role);

    public sealed record SessionInfo(string? UserName, string? Role, bool MustChangePassword, bool AnonymousRead);

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapGet("", (ClaimsPrincipal user, WebAccess access) => TypedResults.Ok(new SessionInfo(
            user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            user.FindFirstValue(ClaimTypes.Role),
            user.HasClaim(c => c.Type == WebRoles.MustChangeClaim),
            access.AnonymousRead))).AllowAnonymous().WithName("GetSession");

        group.MapGet("/csrf", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new { token = tokens.RequestToken, headerName = AntiforgeryFilter.HeaderName });
        }).AllowAnonymous().WithName("GetCsrfToken");

        group.MapPost("", LoginAsync).AllowAnonymous().AddEndpointFilter<AntiforgeryFilter>().WithName("Login");

        group.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>().WithName("Logout");

        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization().AddEndpointFilter<AntiforgeryFilter>().WithName("ChangePassword");

        app.MapPost("/api/accounts", CreateAccountAsync).RequireAuthorization(WebRoles.ChangePolicy)
            .AddEndpointFilter<AntiforgeryFilter>().WithTags("Session").WithName("CreateAccount");
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, HttpContext context, IAccountStore accounts, PasswordService passwords,
        LoginThrottle throttle, CancellationToken cancellationToken)
    {
        var userName = request.UserName?.Trim() ?? "";
        var address = context.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(userName, address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"Too many failed logins for this user name or from this computer. Try again in {seconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "login-locked");
        }

        var account = userName.Length == 0 ? null : await accounts.FindAccountAsync(userName, cancellationToken);
        if (account is null || request.Password is null || !passwords.Verify(account, request.Password))
        {
            throttle.Failed(userName, address, account is not null);
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "login-failed");
        }

        throttle.Succeeded(userName);
        await SignInAsync(context, account);
        return TypedResults.Ok(new SessionInfo(account.UserName, account.Role, account.MustChangePassword, false));
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChange request, HttpContext context, IAccountStore accounts, PasswordService passwords, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAccountAsync(context.User.Identity!.Name!, cancellationToken);
        if (account is null || request.CurrentPassword is null || !passwords.Verify(account, request.CurrentPassword))
            return TypedResults.Problem("The current password is wrong.", statusCode: StatusCodes.Status403Forbidden, title: "wrong-password");
        if (request.NewPassword is null || request.NewPassword.Length < PasswordService.MinimumLength || request.NewPassword == request.CurrentPassword)
            return TypedResults.Problem($"The new password needs at least {PasswordService.MinimumLength} characters and must differ from the old one.",
                statusCode: StatusCodes.Status400BadRequest, title: "weak-password");
        var change = new PeopleEvent(TimeProvider.System.GetUtcNow(), "web:" + account.UserName, PeopleSubject.Account, account.UserName, PeopleAction.PasswordChanged);
        await accounts.SetPasswordAsync(account.UserName, passwords.Hash(account.UserName, request.NewPassword), false, change, cancellationToken);
        await SignInAsync(context, account with { MustChangePassword = false });
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAccountAsync(NewAccount request, IAccountStore accounts, PasswordService passwords, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64 || !WebRoles.IsKnown(request.Role))
            return TypedResults.Problem("userName (1-64 characters) and role (supervisor or viewer) are required.", statusCode: StatusCodes.Status400BadRequest);
        var password = PasswordService.OneTimePassword();
        var created = await accounts.CreateAccountAsync(new WebAccount(request.UserName.Trim(), passwords.Hash(request.UserName.Trim(), password),
            request.Role, true, clock.GetUtcNow()), new PeopleEvent(clock.GetUtcNow(), "web:", PeopleSubject.Account, request.UserName.Trim(), PeopleAction.Added), cancellationToken);
        return created
            ? TypedResults.Ok(new { userName = request.UserName.Trim(), request.Role, oneTimePassword = password })
            : TypedResults.Conflict();
    }

    private static Task SignInAsync(HttpContext context, WebAccount account)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Role, account.Role) };
        if (account.MustChangePassword)
            claims.Add(new Claim(WebRoles.MustChangeClaim, "true"));
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
    }
}
