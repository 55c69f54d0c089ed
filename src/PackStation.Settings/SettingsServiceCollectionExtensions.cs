using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PackStation.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration section <paramref name="section"/> and checks it at
    /// start (<see cref="SectionValidator{TOptions}"/>): every data annotation and <c>IValidatableObject</c> rule,
    /// each problem named by its setting; a value that cannot be read as its type ("abc" for a time span) is a problem
    /// too. The same options registered again (two projects need them) are bound and checked once.
    /// </summary>
    public static IServiceCollection AddSettings<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(section);
        if (services.Any(d => d.ServiceType == typeof(SectionValidator<TOptions>)))
            return services;

        var validator = new SectionValidator<TOptions>(section);
        services.AddSingleton(validator);
        services.AddSingleton<IValidateOptions<TOptions>>(validator);
        services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(new ConfigurationChangeTokenSource<TOptions>(configuration.GetSection(section)));
        services.AddOptions<TOptions>().Configure(options => Bind(configuration.GetSection(section), options)).ValidateOnStart();
        return services;
    }

    private static void Bind<TOptions>(IConfigurationSection section, TOptions options) where TOptions : class
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new OptionsValidationException(section.Path, typeof(TOptions), [SettingReadError.Describe(e, typeof(TOptions))]);
        }
    }
}
