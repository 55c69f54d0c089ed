using System.ComponentModel.DataAnnotations;

namespace PackStation.Web.Auth;

/// <summary>
/// The <c>Web:Login</c> section: how failed logins are slowed down. After <see cref="AccountFailures"/> failures for
/// one user name from one client address, that name is locked at that address (elsewhere it logs in as usual); after
/// <see cref="AddressFailures"/> failures of any names from one address, the address is locked. Either lasts
/// <see cref="FirstLockout"/>, doubling with each further failure up to <see cref="MaxLockout"/>. Failures are
/// forgotten after <see cref="FailureWindow"/> without one; a successful login clears its name's count at its address.
/// </summary>
public sealed class LoginThrottleOptions : IValidatableObject
{
    public const string SectionName = "Web:Login";

    [Range(1, 1000)]
    public int AccountFailures { get; set; } = 5;

    [Range(1, 10000)]
    public int AddressFailures { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxLockout < FirstLockout)
            yield return new ValidationResult("must not be shorter than FirstLockout.", [nameof(MaxLockout)]);
    }
}
