namespace PackStation.Worker.Cli;

/// <summary>A command that runs a generic host, which handles SIGTERM and Ctrl+C itself.</summary>
public interface IOwnsLifetime;
