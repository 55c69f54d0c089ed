namespace PackStation.Domain.Packers;

/// <summary>
/// A person who packs (or a supervisor, whose badge approves overrides). <paramref name="Badge"/> is the code on their
/// badge; a disabled packer (<paramref name="Active"/> false) cannot log in, and their badge is refused.
/// </summary>
public sealed record Packer(string Id, string Name, string Badge, PackerRole Role = PackerRole.Packer, bool Active = true)
{
    public bool IsSupervisor => Role == PackerRole.Supervisor;
}
