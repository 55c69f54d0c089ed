using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using PackStation.Packing.Stations;
using PackStation.Web.Auth;
using PackStation.Web.OpenApi;

namespace PackStation.Web.Api;

/// <summary>
/// Station snapshots: <c>GET /api/stations</c>, <c>GET /api/stations/{id}</c>, and the live stream
/// <c>GET /api/stations/{id}/live</c> (Server-Sent Events, event <c>snapshot</c>, one JSON snapshot per change).
/// A station screen authenticates with its station token (<c>?token=</c>) unless the viewer is logged in or the
/// site is open for reading.
/// </summary>
public static class StationsApi
{
    public static IEndpointRouteBuilder MapStationsApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        var group = app.MapGroup("/api/stations").WithTags("Stations");
        group.MapGet("", (StationBoard board) => TypedResults.Ok(board.All)).RequireReadAccess(access).WithName("ListStations");
        group.MapGet("/{id}", async Task<IResult> (string id, string? token, ClaimsPrincipal user, StationBoard board, StationTokens tokens, CancellationToken cancellationToken) =>
        {
            if (!await MaySeeAsync(id, token, user, access, tokens, cancellationToken))
                return TypedResults.Unauthorized();
            return board.Get(id) is { } snapshot ? TypedResults.Ok(snapshot) : TypedResults.NotFound();
        }).AllowAnonymous().WithName("GetStation").WithSummary("One station's snapshot")
            .WithMetadata(StationTokenAccess.Instance).Produces<StationSnapshot>();
        group.MapGet("/{id}/live", async Task<IResult> (string id, string? token, ClaimsPrincipal user, StationBoard board, StationTokens tokens,
            IOptions<JsonOptions> json, HttpContext context) =>
        {
            if (!await MaySeeAsync(id, token, user, access, tokens, context.RequestAborted))
                return TypedResults.Unauthorized();
            if (board.Get(id) is null)
                return TypedResults.NotFound();
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            // A kiosk that follows by token stops following when the token is revoked; its reconnect is then refused.
            var revoked = ByLoginOrOpen(user, access) ? CancellationToken.None : tokens.RevokedSignal(id);
            return TypedResults.ServerSentEvents(FollowAsync(board, id, json.Value.SerializerOptions, context.RequestAborted, revoked));
        }).AllowAnonymous().WithName("FollowStation").WithSummary("One station's snapshots as they change (Server-Sent Events, event snapshot)")
            .WithMetadata(StationTokenAccess.Instance).Produces<string>(StatusCodes.Status200OK, "text/event-stream");
        return app;
    }

    /// <summary>Logged-in readers and open sites see every station; a kiosk needs its station's token.</summary>
    public static async Task<bool> MaySeeAsync(string stationId, string? token, ClaimsPrincipal user, WebAccess access, StationTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(tokens);
        if (ByLoginOrOpen(user, access))
            return true;
        return await tokens.IsValidAsync(stationId, token, cancellationToken);
    }

    private static bool ByLoginOrOpen(ClaimsPrincipal user, WebAccess access) =>
        access.AnonymousRead || user.IsInRole(WebRoles.Supervisor) || user.IsInRole(WebRoles.Viewer);

    private static async IAsyncEnumerable<SseItem<string>> FollowAsync(StationBoard board, string id, JsonSerializerOptions json,
        [EnumeratorCancellation] CancellationToken requestAborted, CancellationToken revoked)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, revoked);
        var cancellationToken = stop.Token;
        // Subscribe first (MoveNextAsync runs up to its first wait), then send the current snapshot: no change is lost.
        await using var changes = board.FollowAsync(id, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = changes.MoveNextAsync();
        var last = -1L;
        if (board.Get(id) is { } current)
        {
            last = current.Version;
            yield return new SseItem<string>(JsonSerializer.Serialize(current, json), "snapshot");
        }

        while (true)
        {
            bool more;
            try
            {
                more = await next;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            if (!more)
                yield break;
            var snapshot = changes.Current;
            next = changes.MoveNextAsync();
            if (snapshot.Version <= last)
                continue;
            last = snapshot.Version;
            yield return new SseItem<string>(JsonSerializer.Serialize(snapshot, json), "snapshot");
        }
    }
}
