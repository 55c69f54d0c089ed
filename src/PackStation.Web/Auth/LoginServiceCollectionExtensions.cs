using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PackStation.Settings;

namespace PackStation.Web.Auth;

public static class LoginServiceCollectionExtensions
{
    /// <summary>The login throttle (<c>Web:Login</c>) and data-protection keys kept in the data folder (<see cref="KeysFolder"/>).</summary>
    public static IServiceCollection AddPackStationLogin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<LoginThrottleOptions>(configuration, LoginThrottleOptions.SectionName);
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<KeysFolder>();
        services.AddDataProtection().SetApplicationName("PackStation");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeysFolderSetup>();
        return services;
    }
}
