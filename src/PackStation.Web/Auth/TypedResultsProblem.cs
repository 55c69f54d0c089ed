using Microsoft.AspNetCore.Http;

namespace PackStation.Web.Auth;

internal static class TypedResultsProblem
{
    public static IResult Csrf() => TypedResults.Problem(
        "The request has no valid antiforgery token: reload the page and try again.",
        statusCode: StatusCodes.Status400BadRequest, title: "csrf");
}
