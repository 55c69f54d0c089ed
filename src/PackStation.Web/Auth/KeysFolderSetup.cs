using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PackStation.Web.Auth;

/// <summary>
/// Keeps the data-protection keys in <see cref="KeysFolder"/>, so login cookies and CSRF tokens survive a restart.
/// The folder is created, or tightened, to 0700 on Linux: the keys are stored unencrypted and whoever reads them can
/// forge a supervisor's cookie.
/// </summary>
public sealed partial class KeysFolderSetup(KeysFolder folder, ILoggerFactory loggers, ILogger<KeysFolderSetup> logger) : IConfigureOptions<KeyManagementOptions>
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public void Configure(KeyManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (folder.Path is not { } path)
        {
            LogInMemory();
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnly);
            if (File.GetUnixFileMode(path) != OwnerOnly)
            {
                try
                {
                    File.SetUnixFileMode(path, OwnerOnly);
                }
                catch (UnauthorizedAccessException)
                {
                    LogLoosePermissions(path);
                }
            }
        }

        options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(path), loggers);
        LogFolder(path);
    }

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Login cookies and CSRF tokens are signed with keys kept in {KeysFolder}")]
    private partial void LogFolder(string keysFolder);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "The store is in memory, so the web's signing keys are too: logins end when the service stops")]
    private partial void LogInMemory();

    [LoggerMessage(EventId = 7014, Level = LogLevel.Warning, Message = "Cannot restrict {KeysFolder} to its owner (0700): other users may read the signing keys")]
    private partial void LogLoosePermissions(string keysFolder);
}
