namespace PackStation.Domain.Packing;

public enum LabelTiming
{
    /// <summary>The label is printed after the items are verified and weighed (Western practice).</summary>
    AfterVerification,

    /// <summary>
    /// Waybills are printed in a batch before picking and the packer starts the order by scanning the waybill
    /// (Chinese ERP practice): no label is printed at the bench unless a reprint or new parcel is asked for.
    /// </summary>
    PrintedBeforePicking,
}
