namespace PackStation.Domain.Orders;

/// <summary>The lowercase names of <see cref="OrderStatus"/> used in files, the store, the CLI and the API ("in-progress").</summary>
public static class OrderStatusNames
{
    public static string ToText(this OrderStatus status) => status switch
    {
        OrderStatus.Ready => "ready",
        OrderStatus.InProgress => "in-progress",
        OrderStatus.Hold => "hold",
        OrderStatus.Packed => "packed",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? text, out OrderStatus status)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "READY": status = OrderStatus.Ready; return true;
            case "IN-PROGRESS" or "INPROGRESS" or "IN_PROGRESS": status = OrderStatus.InProgress; return true;
            case "HOLD" or "ON-HOLD": status = OrderStatus.Hold; return true;
            case "PACKED": status = OrderStatus.Packed; return true;
            case "CANCELLED" or "CANCELED": status = OrderStatus.Cancelled; return true;
            default: status = default; return false;
        }
    }

    public static OrderStatus Parse(string text) =>
        TryParse(text, out var status) ? status : throw new FormatException($"\"{text}\" is not an order status (ready, in-progress, hold, packed, cancelled).");
}
