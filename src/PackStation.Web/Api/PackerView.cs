using PackStation.Domain.Packers;

namespace PackStation.Web.Api;

/// <summary>A packer as the API shows it to supervisors (the badge code is a credential: supervisors only).</summary>
/// <param name="Role">packer or supervisor.</param>
public sealed record PackerView(string Id, string Name, string Role, bool Active, string Badge)
{
    public static PackerView Of(Packer packer)
    {
        ArgumentNullException.ThrowIfNull(packer);
        return new PackerView(packer.Id, packer.Name, PackerRules.RoleName(packer.Role), packer.Active, packer.Badge);
    }
}
