namespace PackStation.Domain.Orders;

/// <summary>
/// Who receives the parcel. All of it is untrusted customer text. For a platform order whose receiver the platform
/// protects (Taobao since its privacy rules), <see cref="Name"/>, <see cref="Phone"/> and <see cref="Address"/> are
/// the platform's masked forms ("陈*平", "138****5678") and <see cref="Oaid"/> is the only way to the real receiver:
/// the platform's e-waybill API takes it and answers with encrypted print data. See
/// <see cref="Privacy.ReceiverPrivacy"/> for the rules that follow.
/// </summary>
public sealed record Recipient(
    string Name,
    string Phone,
    string Address,
    string? City = null,
    string? Province = null,
    string? District = null,
    string? PostalCode = null,
    string Country = "CN")
{
    /// <summary>The platform's Open Addressee ID (Taobao <c>oaid</c>) that stands for the real receiver; null when none.</summary>
    public string? Oaid { get; init; }

    /// <summary>
    /// The platform protects this receiver: name, phone or address are masked or not the whole truth, so they must
    /// never be printed or sent as if they were (<see cref="Privacy.ReceiverPrivacy.Protect"/> sets it).
    /// </summary>
    public bool Protected { get; init; }
}
