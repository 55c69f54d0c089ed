using System.Text.Json;

namespace PackStation.Hardware.Printers.Component;

/// <summary>A message from the component: a reply to one of our requests, or a task's result notification.</summary>
public abstract record ComponentMessage
{
    private ComponentMessage() { }

    /// <summary>The answer to a request (header <c>cmd</c> and <c>requestID</c> echoed); <see cref="Root"/> is the whole message.</summary>
    public sealed record Reply(string Cmd, string RequestId, bool Success, string? Message, JsonElement Root) : ComponentMessage;

    /// <summary><c>notifyPrintResult</c> (Cainiao, Douyin) or <c>PrintResultNotify</c> (Pinduoduo) for one task.</summary>
    public sealed record Result(ComponentTaskStatus Status) : ComponentMessage;

    /// <summary>Any other notification (the component announcing itself, a printer change): ignored.</summary>
    public sealed record Other(string Cmd) : ComponentMessage;
}
