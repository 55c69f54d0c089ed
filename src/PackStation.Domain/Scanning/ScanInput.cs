using PackStation.Domain.Catalogue;
using PackStation.Domain.Packers;

namespace PackStation.Domain.Scanning;

/// <summary>A scan after classification: what the code is, independent of the session's state.</summary>
public abstract record ScanInput(string Code);

/// <summary>The code on a known packer's badge.</summary>
public sealed record BadgeScan(string Code, Packer Packer) : ScanInput(Code);

/// <summary>A badge that no longer logs in: it was replaced by a re-issued one, or its packer is disabled.</summary>
public sealed record RevokedBadgeScan(string Code) : ScanInput(Code);

/// <summary>A command barcode from the command sheet.</summary>
public sealed record CommandScan(string Code, PackCommand Command) : ScanInput(Code);

/// <summary>A reason code from the command sheet (for overrides).</summary>
public sealed record ReasonScan(string Code, string Reason) : ScanInput(Code);

/// <summary>Any other code: an order, tote or waybill when idle, an item while verifying, a label while confirming.</summary>
public sealed record CodeScan(string Code, ItemMatch? Item) : ScanInput(Code);
