using PackStation.Domain.Orders;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Files;

/// <summary>
/// What one order file holds: the orders read completely, the refused ones (each with its line), and the line each
/// order starts on (by order number), so that a refusal found later can name it too.
/// </summary>
public sealed record OrderFileContent(List<Order> Orders, List<RejectedOrder> Rejected, Dictionary<string, int> Lines)
{
    /// <summary>
    /// The file's content from the orders read, each with its line. An order number that stands more than once in the
    /// file is refused at every place (which copy is meant cannot be told), never imported as one of them.
    /// </summary>
    public static OrderFileContent From(IReadOnlyList<(Order Order, int Line)> read, List<RejectedOrder> rejected)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(rejected);
        var orders = new List<Order>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var copies in read.GroupBy(r => r.Order.ExternalId, StringComparer.Ordinal))
        {
            if (copies.Count() == 1)
            {
                var (order, line) = copies.First();
                orders.Add(order);
                lines[order.ExternalId] = line;
                continue;
            }

            var at = string.Join(", ", copies.Select(c => c.Line));
            rejected.AddRange(copies.Select(c => new RejectedOrder(copies.Key, $"the order number stands {copies.Count()} times in the file (lines {at}); none is imported", c.Line)));
        }

        return new OrderFileContent(orders, rejected, lines);
    }

    public void Deconstruct(out List<Order> orders, out List<RejectedOrder> rejected)
    {
        orders = Orders;
        rejected = Rejected;
    }
}
