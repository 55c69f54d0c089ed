using System.ComponentModel.DataAnnotations;

namespace PackStation.Web;

/// <summary>The <c>Web</c> section: who may see what.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string SectionName = "Web";

    /// <summary>
    /// Whether the read-only dashboard, station screens and command sheet are open without login. Unset: open on the
    /// demo site (Demo:Enabled, fake data), closed on a real site (log in as a viewer or supervisor, or use a station token).
    /// </summary>
    public bool? AnonymousDashboard { get; set; }

    /// <summary>
    /// The address bench PCs and tablets reach the service at (<c>http://192.168.1.10:5080</c>), used in kiosk links and
    /// their QR codes. Unset: the address the supervisor's own request came to (which is useless when it is localhost).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The user name of the first supervisor account, created at first start with a one-time password.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "must name the first supervisor account.")]
    public string FirstSupervisor { get; set; } = "admin";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(PublicUrl) && !(Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            yield return new ValidationResult("must be an absolute http:// or https:// address, e.g. http://192.168.1.10:5080.", [nameof(PublicUrl)]);
    }
}
