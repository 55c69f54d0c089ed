using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>
/// What a staff-list import did: the packers added (each with a new badge), those whose name or role it changed, how
/// many lines matched a packer as they are, and the lines it refused.
/// </summary>
public sealed record StaffImportResult(IReadOnlyList<Packer> Added, IReadOnlyList<Packer> Updated, int Unchanged, IReadOnlyList<StaffLineError> Errors);
