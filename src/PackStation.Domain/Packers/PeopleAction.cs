namespace PackStation.Domain.Packers;

/// <summary>What a <see cref="PeopleEvent"/> did. Stored by name: add new kinds, never rename.</summary>
public enum PeopleAction
{
    Added,
    Renamed,
    RoleChanged,
    Disabled,
    Enabled,
    BadgeReissued,
    PasswordReset,
    PasswordChanged,
}
