namespace PackStation.Domain.Events;

/// <summary>Every kind of thing that happens at a station. Stored by name: add new kinds, never rename.</summary>
public enum PackEventKind
{
    LoggedIn,
    LoggedOut,
    ScanRefused,
    OrderStarted,
    OrderResumed,
    ItemAccepted,
    WrongItem,
    UnknownBarcode,
    SurplusItem,
    AllVerified,
    WeightAccepted,
    WeightRejected,
    LabelPrinted,
    LabelReprinted,
    NewParcel,
    LabelConfirmed,
    WrongLabel,
    OrderPacked,
    OrderShort,
    OrderHeld,
    OrderReleased,
    OverrideRequested,
    OverrideGranted,
    OverrideRefused,
    DeviceHealthChanged,
    PrintFailed,

    /// <summary>A station stopped renewing its claim (crashed, switched off): the claim sweeper put the order back in the queue.</summary>
    ClaimExpired,
}
