namespace PackStation.Packing.Directory;

public enum PeopleProblemKind
{
    /// <summary>The request itself is wrong (an empty name, an id with spaces).</summary>
    Invalid,

    /// <summary>No such packer or account.</summary>
    NotFound,

    /// <summary>It clashes with what is there (the id is taken, the last supervisor would be disabled).</summary>
    Conflict,
}
