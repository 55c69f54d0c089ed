using System.Data.Common;
using Microsoft.Extensions.Configuration;

namespace PackStation.Web.Auth;

/// <summary>
/// Where the ASP.NET Core data-protection keys (which sign login cookies and CSRF tokens) are kept: <c>Web:KeysFolder</c>,
/// else <c>keys/</c> in the service's data folder, the folder of the SQLite store (<c>Store:ConnectionString</c>'s Data
/// Source, by default <c>data/packstation.db</c>, relative to the working directory as the store resolves it). Null for
/// an in-memory store: the keys then live as long as the process.
/// </summary>
public sealed class KeysFolder
{
    public const string DefaultConnectionString = "Data Source=data/packstation.db";

    public KeysFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Web:KeysFolder"];
        Path = !string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.GetFullPath(configured)
            : FromStore(configuration["Store:ConnectionString"] ?? DefaultConnectionString);
    }

    public string? Path { get; }

    private static string? FromStore(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var source = builder.TryGetValue("Data Source", out var value) || builder.TryGetValue("DataSource", out value) || builder.TryGetValue("Filename", out value)
            ? value as string
            : null;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
            return null;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(source));
        return folder is null ? null : System.IO.Path.Combine(folder, "keys");
    }
}
