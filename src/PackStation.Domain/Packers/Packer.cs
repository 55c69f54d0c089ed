namespace PackStation.Domain.Packers;

/// <summary>A person who packs; <paramref name="Badge"/> is the code on their badge.</summary>
public sealed record Packer(string Id, string Name, string Badge, PackerRole Role = PackerRole.Packer)
{
    public bool IsSupervisor => Role == PackerRole.Supervisor;
}
