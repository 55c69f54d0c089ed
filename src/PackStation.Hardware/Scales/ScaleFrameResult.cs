namespace PackStation.Hardware.Scales;

/// <summary>
/// What one frame meant: a reading (weight, status or error), and/or bytes the driver must send next in a dialogue
/// (CAS ECR: ACK → DC1). A plain acknowledgement has neither.
/// </summary>
public readonly record struct ScaleFrameResult(WeightReading? Reading, byte[]? Reply = null)
{
    public static ScaleFrameResult Acknowledged => default;

    public static ScaleFrameResult Of(WeightReading reading) => new(reading);
}
