using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PackStation.Web.Auth;

/// <summary>
/// Refuses a state-changing request without a valid antiforgery token (header <c>X-CSRF-TOKEN</c>, from
/// <c>GET /api/session/csrf</c>) with 400, before the handler runs.
/// </summary>
public sealed class AntiforgeryFilter : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            return TypedResultsProblem.Csrf();
        return await next(context);
    }
}
