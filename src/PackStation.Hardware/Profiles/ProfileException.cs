namespace PackStation.Hardware.Profiles;

/// <summary>A hardware profile is missing or invalid; the message names the file and what is wrong.</summary>
public sealed class ProfileException : Exception
{
    public ProfileException() { }

    public ProfileException(string message) : base(message) { }

    public ProfileException(string message, Exception inner) : base(message, inner) { }
}
