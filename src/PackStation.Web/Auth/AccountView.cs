using PackStation.Domain.Ports;

namespace PackStation.Web.Auth;

/// <summary>A web account as the API shows it (never its password hash or session stamp).</summary>
public sealed record AccountView(string UserName, string Role, bool Active, bool MustChangePassword, DateTimeOffset CreatedAt)
{
    public static AccountView Of(WebAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountView(account.UserName, account.Role, account.Active, account.MustChangePassword, account.CreatedAt);
    }
}
