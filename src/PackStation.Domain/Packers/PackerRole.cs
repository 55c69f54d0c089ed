namespace PackStation.Domain.Packers;

public enum PackerRole
{
    Packer,

    /// <summary>May approve overrides with a badge scan.</summary>
    Supervisor,
}
