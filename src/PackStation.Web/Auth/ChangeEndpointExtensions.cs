using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PackStation.Packing.Directory;

namespace PackStation.Web.Auth;

public static class ChangeEndpointExtensions
{
    /// <summary>
    /// A state-changing endpoint: a signed-in supervisor whose password is not one-time, with the antiforgery header.
    /// Declares what it can answer besides success: 400 (no antiforgery token, bad input), 401, 403.
    /// </summary>
    public static RouteHandlerBuilder RequireSupervisorChange(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(WebRoles.ChangePolicy).AddEndpointFilter<AntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status403Forbidden);

    /// <summary>A supervisor-only read (badges, tokens): 401 and 403 declared.</summary>
    public static RouteHandlerBuilder RequireSupervisorRead(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(WebRoles.ChangePolicy).Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status403Forbidden);

    /// <summary>Who made a change through the web, as the people log records it.</summary>
    public static string Actor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return "web:" + (context.User.Identity?.Name ?? "anonymous");
    }

    /// <summary>A refused change to people as a problem response: 400, 404 or 409.</summary>
    public static IResult ToResult(this PeopleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (status, title) = problem.Kind switch
        {
            PeopleProblemKind.NotFound => (StatusCodes.Status404NotFound, "not-found"),
            PeopleProblemKind.Conflict => (StatusCodes.Status409Conflict, "conflict"),
            _ => (StatusCodes.Status400BadRequest, "invalid"),
        };
        return TypedResults.Problem(SessionApi.Sentence(problem.Message), statusCode: status, title: title);
    }
}
