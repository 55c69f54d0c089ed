namespace PackStation.TestKit.Shops;

/// <summary>What a fake server does to one request instead of (or after) answering it properly.</summary>
public abstract record Fault
{
    /// <summary>Answers with this status, body and content type without touching state (5xx, 429, an HTML error page…).</summary>
    public sealed record Answer(int Status, string Body, string ContentType = "application/json", double? RetryAfterSeconds = null) : Fault;

    /// <summary>Drops the connection before doing anything.</summary>
    public sealed record DropBefore : Fault;

    /// <summary>Does the work (state changes!) and then drops the connection before the answer: the ambiguous case.</summary>
    public sealed record DropAfter : Fault;

    /// <summary>Waits this long before handling the request (past the client's timeout).</summary>
    public sealed record Stall(TimeSpan Delay) : Fault;

    public static Answer Html(int status = 502) =>
        new(status, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>", "text/html");
}
