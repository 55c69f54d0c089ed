using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Scales;

/// <summary>
/// A shipping scale. <see cref="ReadingsAsync"/> yields readings (polled or continuous, as the protocol works)
/// until cancelled; bad frames come as <see cref="WeightStatus.Error"/> readings, never as weights.
/// </summary>
public interface IScale : IDevice
{
    IAsyncEnumerable<WeightReading> ReadingsAsync(CancellationToken cancellationToken);

    /// <summary>Sets the scale to zero (or a software zero where the protocol has none).</summary>
    Task ZeroAsync(CancellationToken cancellationToken);

    /// <summary>Tares the load now on the scale (the scale's command, or a software tare where the protocol has none).</summary>
    Task TareAsync(CancellationToken cancellationToken) =>
        Task.FromException(new DeviceException($"The scale {Name} cannot tare."));
}
