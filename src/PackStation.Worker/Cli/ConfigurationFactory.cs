using Microsoft.Extensions.Configuration;

namespace PackStation.Worker.Cli;

/// <summary>
/// The usual .NET layering, lowest first: appsettings.json next to the program (the embedded demo site),
/// appsettings.{DOTNET_ENVIRONMENT}.json, an optional file named by PACKSTATION_CONFIG (a site's configuration,
/// e.g. /etc/packstation/appsettings.json), an optional secrets file named by PACKSTATION_SECRETS_FILE,
/// environment variables (Store__ConnectionString=…), then the command line (--Store:Provider=Postgres).
/// </summary>
public static class ConfigurationFactory
{
    public static IConfigurationRoot Build(string[] args) => Add(new ConfigurationBuilder(), args).Build();

    /// <summary>
    /// Adds the layers. Only the service takes every argument as configuration (<c>--urls</c>, <c>--Store:Provider Sqlite</c>);
    /// the tools take only <c>--Section:Key=value</c> words, so their own options never become settings.
    /// </summary>
    public static IConfigurationBuilder Add(IConfigurationBuilder builder, string[] args, bool allArguments)
    {
        Add(builder, allArguments ? [] : args);
        if (allArguments)
            builder.AddCommandLine(args);
        return builder;
    }

    public static IConfigurationBuilder Add(IConfigurationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        builder.SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true);
        AddNamedFile(builder, "PACKSTATION_CONFIG");
        AddNamedFile(builder, "PACKSTATION_SECRETS_FILE");
        builder.AddEnvironmentVariables();
        builder.AddCommandLine(args.Where(a => a.Contains(':', StringComparison.Ordinal) || a.Contains("__", StringComparison.Ordinal)).ToArray());
        return builder;
    }

    private static void AddNamedFile(IConfigurationBuilder builder, string variable)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(path))
            return;
        if (!File.Exists(path))
            throw new ConfigurationException($"{variable} names {path}, which does not exist.");
        builder.AddJsonFile(Path.GetFullPath(path), optional: false);
    }
}
