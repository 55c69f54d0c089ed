using System.ComponentModel.DataAnnotations;

namespace PackStation.Shops.Outbox;

/// <summary>The <c>Shop:Outbox</c> section.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Shop:Outbox";

    /// <summary>How often the relay looks for due confirmations.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Wait after the first failed attempt; doubles with every further one up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After this many failed attempts a confirmation is parked for a supervisor.</summary>
    [Range(1, 100_000)]
    public int MaxAttempts { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRetryDelay < FirstRetryDelay)
            yield return new ValidationResult("must not be shorter than FirstRetryDelay.", [nameof(MaxRetryDelay)]);
    }
}
