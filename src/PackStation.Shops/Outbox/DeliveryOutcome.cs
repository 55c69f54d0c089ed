namespace PackStation.Shops.Outbox;

/// <summary>What happened to one confirmation in one relay pass.</summary>
public enum DeliveryOutcome
{
    /// <summary>The shop accepted it now.</summary>
    Delivered,

    /// <summary>The shop already had it (an earlier attempt that looked failed had worked): not sent again.</summary>
    AlreadyAtShop,

    /// <summary>Failed for now; retried later.</summary>
    Retrying,

    /// <summary>Refused for good; parked with the shop's message.</summary>
    Parked,
}
