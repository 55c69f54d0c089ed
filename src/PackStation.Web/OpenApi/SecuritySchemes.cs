using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PackStation.Web.OpenApi;

/// <summary>
/// The document's frame: title and description, the three ways in (the session cookie, the antiforgery header that
/// goes with it on every change, a station's kiosk token), tag descriptions, and server addresses without a trailing
/// slash.
/// </summary>
public sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public const string Session = "sessionCookie";
    public const string Csrf = "csrfHeader";
    public const string StationToken = "stationToken";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Stats"] = "Today's throughput, packers and exceptions (the dashboard's figures).",
        ["Stations"] = "Station snapshots and their live streams; kiosk links and tokens.",
        ["Orders"] = "Orders, their event timelines, hold and release.",
        ["Session"] = "Log in and out, the antiforgery token, passwords and accounts.",
        ["Waybills"] = "E-waybills printed in batches before picking.",
        ["Webhooks"] = "Notifications from shops (signed by the shop, not by a login).",
        ["Sheets"] = "Printable barcodes.",
        ["Health"] = "Liveness and Prometheus metrics (anonymous, no personal data).",
        ["Metrics"] = "Prometheus metrics (anonymous, no personal data).",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "PackStation";
        document.Info.Description = "The JSON API of the packstation service: the dashboard and station screens use it. Reading needs a "
            + "login (a viewer or supervisor) unless the site is open for reading (the demo site); every change needs a supervisor's "
            + "session cookie and the antiforgery token (GET /api/session/csrf) in the X-CSRF-TOKEN header. Errors are "
            + "RFC 9457 problem details.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Session] = ApiKey(ParameterLocation.Cookie, "packstation.session",
            "The session cookie set by POST /api/session (HttpOnly, SameSite=Strict).");
        document.Components.SecuritySchemes[Csrf] = ApiKey(ParameterLocation.Header, AntiforgeryFilterHeader,
            "The antiforgery token from GET /api/session/csrf, required with the session cookie on every change.");
        document.Components.SecuritySchemes[StationToken] = ApiKey(ParameterLocation.Query, "token",
            "A station's kiosk token (GET /api/stations/tokens): opens that station's snapshot and stream only.");
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                tag.Description ??= description;
        }

        return Task.CompletedTask;
    }

    private const string AntiforgeryFilterHeader = Auth.AntiforgeryFilter.HeaderName;

    private static OpenApiSecurityScheme ApiKey(ParameterLocation location, string name, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = location, Name = name, Description = description };
}
