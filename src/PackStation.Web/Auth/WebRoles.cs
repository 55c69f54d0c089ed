namespace PackStation.Web.Auth;

/// <summary>Roles of web accounts and the authorization policies built on them.</summary>
public static class WebRoles
{
    public const string Supervisor = "supervisor";
    public const string Viewer = "viewer";

    /// <summary>Policy: may change state (hold/release orders, accounts). Supervisors whose password is not one-time.</summary>
    public const string ChangePolicy = "change";

    /// <summary>Policy: may read the dashboard (supervisor or viewer).</summary>
    public const string ReadPolicy = "read";

    /// <summary>Claim set while the account still has its one-time password.</summary>
    public const string MustChangeClaim = "must-change-password";

    public static bool IsKnown(string role) => role is Supervisor or Viewer;
}
