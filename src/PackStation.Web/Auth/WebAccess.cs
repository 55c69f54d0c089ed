using Microsoft.Extensions.Configuration;

namespace PackStation.Web.Auth;

/// <summary>The access decision made once at start: is the read-only side open without login?</summary>
public sealed class WebAccess(WebOptions options, IConfiguration configuration)
{
    public bool AnonymousRead { get; } = options.AnonymousDashboard ?? configuration.GetValue<bool>("Demo:Enabled");
}
