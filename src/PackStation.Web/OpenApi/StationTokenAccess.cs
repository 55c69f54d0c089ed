namespace PackStation.Web.OpenApi;

/// <summary>Endpoint metadata: besides a login, this endpoint takes a station token (<c>?token=</c>, a kiosk's).</summary>
public sealed class StationTokenAccess
{
    public static StationTokenAccess Instance { get; } = new();
}
