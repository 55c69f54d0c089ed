namespace PackStation.Domain.Packing.Actions;

/// <summary>
/// What the station runtime must do after a session step, with exactly the data it needs (the session itself does no
/// I/O). A step without an action (<see cref="SessionStep.Action"/> null) is only stored and shown.
/// </summary>
public abstract record StepAction;
