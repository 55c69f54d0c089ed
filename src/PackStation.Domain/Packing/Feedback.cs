namespace PackStation.Domain.Packing;

/// <summary>
/// What the packer is told after a scan. <see cref="Code"/> is stable and machine-readable ("wrong-item"), so the
/// screen can show it in the station's language; <see cref="Message"/> is the English text with the specifics, and
/// <see cref="Args"/> the same specifics by name (sku, title, order, code, name, tracking, counts) for the screen's
/// own sentence in its language.
/// </summary>
public sealed record Feedback(FeedbackKind Kind, string Code, string Message)
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Args { get; init; } = NoArgs;

    public static Feedback Ok(string code, string message) => new(FeedbackKind.Ok, code, message);

    public static Feedback Error(string code, string message) => new(FeedbackKind.Error, code, message);

    public static Feedback Info(string code, string message) => new(FeedbackKind.Info, code, message);

    public static Feedback Done(string code, string message) => new(FeedbackKind.Done, code, message);
}
