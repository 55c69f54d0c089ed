namespace PackStation.Domain.Scanning;

/// <summary>
/// How command and reason barcodes are spelled. The defaults are what the printable command sheet carries;
/// a site whose product barcodes could collide may choose other prefixes.
/// </summary>
public sealed record BarcodeConventions(string CommandPrefix = "CMD-", string ReasonPrefix = "RSN-")
{
    public static BarcodeConventions Default { get; } = new();

    public static IReadOnlyDictionary<PackCommand, string> CommandNames { get; } = new Dictionary<PackCommand, string>
    {
        [PackCommand.Next] = "NEXT",
        [PackCommand.Cancel] = "CANCEL",
        [PackCommand.Reprint] = "REPRINT",
        [PackCommand.NewParcel] = "NEW-PARCEL",
        [PackCommand.Short] = "SHORT",
        [PackCommand.Hold] = "HOLD",
        [PackCommand.Override] = "OVERRIDE",
        [PackCommand.Logout] = "LOGOUT",
    };

    /// <summary>Reason codes offered on the command sheet for overrides.</summary>
    public static IReadOnlyList<string> StandardReasons { get; } =
        ["BARCODE-UNREADABLE", "SCALE-FAULT", "PACKAGING-DIFFERS", "SUBSTITUTE-APPROVED", "CUSTOMER-REQUEST", "OTHER"];

    public string CodeFor(PackCommand command) => CommandPrefix + CommandNames[command];

    public string CodeForReason(string reason) => ReasonPrefix + reason;
}
