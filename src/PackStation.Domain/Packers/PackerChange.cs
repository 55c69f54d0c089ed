namespace PackStation.Domain.Packers;

/// <summary>
/// One packer written with the event that says why. <paramref name="IsNew"/>: insert only (refused if the id is
/// taken); otherwise the packer is replaced by <paramref name="Packer"/>, and a badge it no longer carries is kept
/// as revoked, so a station can tell a packer that their old badge is no longer valid.
/// </summary>
public sealed record PackerChange(Packer Packer, PeopleEvent Event, bool IsNew);
