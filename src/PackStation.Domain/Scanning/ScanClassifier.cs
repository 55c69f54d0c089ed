using PackStation.Domain.Packers;

namespace PackStation.Domain.Scanning;

/// <summary>
/// Turns a scanned code into a <see cref="ScanInput"/>: command, reason, badge, revoked badge, or a code for the session
/// to interpret. <paramref name="isRevokedBadge"/> tells a badge that no longer logs in (re-issued, or its packer disabled).
/// </summary>
public sealed class ScanClassifier(BarcodeConventions conventions, Func<string, Packer?> findPackerByBadge, Func<Catalogue.Catalogue> catalogue,
    Func<string, bool>? isRevokedBadge = null)
{
    private readonly Dictionary<string, PackCommand> _commands = BarcodeConventions.CommandNames
        .ToDictionary(pair => conventions.CommandPrefix + pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public ScanInput Classify(string code, string? gtin = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        if (_commands.TryGetValue(trimmed, out var command))
            return new CommandScan(trimmed, command);
        if (trimmed.StartsWith(conventions.ReasonPrefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > conventions.ReasonPrefix.Length)
            return new ReasonScan(trimmed, trimmed[conventions.ReasonPrefix.Length..].ToUpperInvariant());
        if (findPackerByBadge(trimmed) is { } packer)
            return new BadgeScan(trimmed, packer);
        if (isRevokedBadge?.Invoke(trimmed) == true)
            return new RevokedBadgeScan(trimmed);
        return new CodeScan(trimmed, catalogue().TryResolve(trimmed, gtin, out var match) ? match : null);
    }
}
