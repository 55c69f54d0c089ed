using Microsoft.AspNetCore.Builder;

namespace PackStation.Web.Auth;

public static class ReadAccessExtensions
{
    /// <summary>Read-only endpoints: open when the site allows anonymous reading, else the read policy.</summary>
    public static TBuilder RequireReadAccess<TBuilder>(this TBuilder builder, WebAccess access) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.AnonymousRead ? builder.AllowAnonymous() : builder.RequireAuthorization(WebRoles.ReadPolicy);
    }
}
