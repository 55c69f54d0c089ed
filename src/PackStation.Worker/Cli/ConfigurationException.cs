namespace PackStation.Worker.Cli;

/// <summary>The configuration cannot work; the message names the setting.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException() { }

    public ConfigurationException(string message) : base(message) { }

    public ConfigurationException(string message, Exception inner) : base(message, inner) { }
}
