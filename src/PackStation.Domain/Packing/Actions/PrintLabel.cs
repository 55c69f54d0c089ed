using PackStation.Domain.Orders;

namespace PackStation.Domain.Packing.Actions;

/// <summary>
/// Obtain a tracking number for the next parcel of <paramref name="Order"/>, store it with <paramref name="Progress"/>,
/// print its label, and report back with <see cref="PackSession.LabelPrinted"/>. Also the label of an extra parcel
/// (NEW-PARCEL): <see cref="Parcel"/> says which.
/// </summary>
public sealed record PrintLabel(Order Order, OrderProgress Progress) : StepAction
{
    /// <summary>The parcel this label is for, counting from 1.</summary>
    public int Parcel => Progress.TrackingNumbers.Count + 1;
}
