using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PackStation.Settings;

namespace PackStation.Labels;

public static class SiteServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SiteOptions"/> from <c>Site</c>, validated at start; on the demo site (<c>Demo:Enabled</c>) a
    /// sender left wholly unset is the demo shop's.
    /// </summary>
    public static IServiceCollection AddPackStationSite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SectionValidator<SiteOptions>)))
            return services;
        services.AddSettings<SiteOptions>(configuration, SiteOptions.SectionName);
        services.PostConfigure<SiteOptions>(o =>
        {
            if (o.Sender == new SenderAddress() && configuration.GetValue<bool>("Demo:Enabled"))
                o.Sender = SiteOptions.DemoSender;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiteOptions>>(new SiteOptionsValidator(configuration)));
        return services;
    }
}
