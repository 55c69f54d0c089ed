namespace PackStation.Domain.Packing;

/// <summary>How the station screen reacts: <see cref="Error"/> is loud and red, <see cref="Done"/> green.</summary>
public enum FeedbackKind
{
    Info,
    Ok,
    Error,
    Done,
}
