using System.Globalization;
using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>Ids for packers added without a staff number: P001, P002, … after the highest P-number in use.</summary>
internal static class PackerIds
{
    public static string Next(IEnumerable<Packer> existing)
    {
        var highest = existing.Select(p => Number(p.Id)).DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"P{highest + 1:000}");
    }

    private static int Number(string id) =>
        id.Length > 1 && id[0] is 'P' or 'p' && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
