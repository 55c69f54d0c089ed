namespace PackStation.Shops.Outbox;

/// <summary>Counts of one relay pass over the due confirmations.</summary>
public sealed record OutboxPass(int Delivered, int AlreadyAtShop, int Retrying, int Parked)
{
    public static OutboxPass None { get; } = new(0, 0, 0, 0);

    public int Total => Delivered + AlreadyAtShop + Retrying + Parked;

    public OutboxPass Add(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => this with { Delivered = Delivered + 1 },
        DeliveryOutcome.AlreadyAtShop => this with { AlreadyAtShop = AlreadyAtShop + 1 },
        DeliveryOutcome.Retrying => this with { Retrying = Retrying + 1 },
        _ => this with { Parked = Parked + 1 },
    };

    public OutboxPass Add(OutboxPass other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Delivered + other.Delivered, AlreadyAtShop + other.AlreadyAtShop, Retrying + other.Retrying, Parked + other.Parked);
    }
}
