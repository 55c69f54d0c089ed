namespace PackStation.Domain.Scanning;

/// <summary>The command barcodes a packer scans instead of pressing keys.</summary>
public enum PackCommand
{
    Next,
    Cancel,
    Reprint,
    NewParcel,
    Short,
    Hold,
    Override,
    Logout,
}
