using PackStation.Domain.Packers;

namespace PackStation.Packing.Directory;

/// <summary>What a change to a packer came to: the packer as it is now, or why nothing changed.</summary>
public sealed record PackerOutcome(Packer? Packer, PeopleProblem? Problem)
{
    public static PackerOutcome Done(Packer packer) => new(packer, null);

    public static PackerOutcome Failed(PeopleProblemKind kind, string message) => new(null, new PeopleProblem(kind, message));
}
