using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
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
/// <c>GET /api/stations/live?s=S01:TOKEN&amp;s=S02</c>: the snapshots of several stations on one Server-Sent Events
/// stream (event <c>snapshot</c>), for the browser's shared station worker, so that many station screens in one
/// browser need one connection, not one each (browsers allow six per server over HTTP/1.1). Each station is checked
/// alone: one the caller may not see gets a <c>refused</c> event, an unknown one a <c>missing</c> event
/// (<c>{"stationId":…}</c>), and the others stream on.
/// </summary>
public static class StationsLiveApi
{
    private const int MaxStations = 200;

    public static IEndpointRouteBuilder MapStationsLiveApi(this IEndpointRouteBuilder app, WebAccess access)
    {
        app.MapGet("/api/stations/live", async Task<IResult> (string[]? s, ClaimsPrincipal user, StationBoard board, StationTokens tokens,
            IOptions<JsonOptions> json, HttpContext context) =>
        {
            if (s is null || s.Length is 0 or > MaxStations)
                return TypedResults.Problem($"Name 1 to {MaxStations} stations: ?s=S01 or ?s=S01:TOKEN, repeated.", statusCode: StatusCodes.Status400BadRequest);
            var seen = new List<string>();
            var refused = new List<string>();
            var missing = new List<string>();
            foreach (var entry in s.Distinct(StringComparer.Ordinal))
            {
                var (id, token) = entry.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (entry[..colon], entry[(colon + 1)..]) : (entry, null);
                if (board.Get(id) is null)
                    missing.Add(id);
                else if (await StationsApi.MaySeeAsync(id, token, user, access, tokens, context.RequestAborted))
                    seen.Add(id);
                else
                    refused.Add(id);
            }

            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            return TypedResults.ServerSentEvents(FollowAsync(board, seen.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), refused, missing,
                json.Value.SerializerOptions, context.RequestAborted));
        }).AllowAnonymous().WithTags("Stations").WithName("FollowStations")
            .WithSummary("Several stations' snapshots on one stream (Server-Sent Events: snapshot, refused, missing)")
            .WithMetadata(StationTokenAccess.Instance).Produces<string>(StatusCodes.Status200OK, "text/event-stream").ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async IAsyncEnumerable<SseItem<string>> FollowAsync(StationBoard board, IReadOnlyList<string> ids, IReadOnlyList<string> refused,
        IReadOnlyList<string> missing, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in refused)
            yield return new SseItem<string>(JsonSerializer.Serialize(new { stationId = id }), "refused");
        foreach (var id in missing)
            yield return new SseItem<string>(JsonSerializer.Serialize(new { stationId = id }), "missing");

        // One follower per station into one channel. Each subscribes in Relay (MoveNextAsync runs up to its first wait)
        // before the current snapshots are read: no change is lost.
        var merged = Channel.CreateUnbounded<StationSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var followers = ids.Select(id => Relay(board.FollowAsync(id, stop.Token).GetAsyncEnumerator(stop.Token), merged.Writer)).ToList();
        var last = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var current in ids.Select(board.Get).OfType<StationSnapshot>())
            {
                last[current.StationId] = current.Version;
                yield return new SseItem<string>(JsonSerializer.Serialize(current, json), "snapshot");
            }

            while (await WaitAsync(merged.Reader, cancellationToken))
            {
                while (merged.Reader.TryRead(out var snapshot))
                {
                    if (last.TryGetValue(snapshot.StationId, out var version) && snapshot.Version <= version)
                        continue;
                    last[snapshot.StationId] = snapshot.Version;
                    yield return new SseItem<string>(JsonSerializer.Serialize(snapshot, json), "snapshot");
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var follower in followers)
                await follower.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<StationSnapshot> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Copies one station's changes into the merged channel until cancelled; it listens once this returns.</summary>
    private static Task Relay(IAsyncEnumerator<StationSnapshot> changes, ChannelWriter<StationSnapshot> into)
    {
        var first = changes.MoveNextAsync().AsTask();
        async Task RunAsync()
        {
            await using (changes)
            {
                var next = first;
                while (await next)
                {
                    into.TryWrite(changes.Current);
                    next = changes.MoveNextAsync().AsTask();
                }
            }
        }

        return RunAsync();
    }
}
