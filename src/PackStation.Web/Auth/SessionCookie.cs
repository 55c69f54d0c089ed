using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using PackStation.Domain.Ports;
using Claim = System.Security.Claims.Claim;

namespace PackStation.Web.Auth;

/// <summary>
/// What a session cookie says (name, role, must-change, the account's session stamp) and its check at every request:
/// a cookie whose account is gone or disabled, or whose stamp is older than the account's (after a logout, a password
/// change or reset elsewhere), is refused and deleted. Whether the password must still be changed is taken from the
/// store, not from the cookie.
/// </summary>
public static class SessionCookie
{
    public const string StampClaim = "session-stamp";

    public static ClaimsPrincipal Principal(WebAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Role, account.Role), new(StampClaim, account.SessionStamp),
        };
        if (account.MustChangePassword)
            claims.Add(new Claim(WebRoles.MustChangeClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        var account = principal?.Identity?.Name is { } name ? await accounts.FindAccountAsync(name, context.HttpContext.RequestAborted) : null;
        if (principal is null || account is null || !account.Active || account.SessionStamp != (principal.FindFirstValue(StampClaim) ?? "")
            || account.Role != principal.FindFirstValue(ClaimTypes.Role))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (account.MustChangePassword != principal.HasClaim(c => c.Type == WebRoles.MustChangeClaim))
        {
            context.ReplacePrincipal(Principal(account));
            context.ShouldRenew = true;
        }
    }
}
