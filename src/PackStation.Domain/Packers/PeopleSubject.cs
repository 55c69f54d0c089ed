namespace PackStation.Domain.Packers;

/// <summary>Whom a <see cref="PeopleEvent"/> is about. Stored by name: add new kinds, never rename.</summary>
public enum PeopleSubject
{
    /// <summary>A packer or supervisor with a badge (by packer id).</summary>
    Packer,

    /// <summary>A web account (by user name).</summary>
    Account,
}
