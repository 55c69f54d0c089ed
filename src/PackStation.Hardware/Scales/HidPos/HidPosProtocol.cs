using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Scales.HidPos;

/// <summary>
/// USB HID POS scales (usage page 0x8D) read through hidraw: one data report per read (<see cref="HidReportFramer"/>,
/// stale first report dropped), parsed by <see cref="HidPosReportParser"/> with the profile's report ids and length.
/// No commands: zeroing over USB often does nothing, so zero and tare are done in software. The scale reports when the
/// weight changes and may be quiet while it holds still.
/// </summary>
public sealed class HidPosProtocol(ScaleSettings settings) : IScaleProtocol
{
    private readonly HidPosReportParser _parser = new(new HidPosLayout
    {
        ReportIds = settings.HidReportIds.Select(id => (byte)id).ToHashSet(),
        ReportLength = settings.HidReportLength,
    });

    public string Name => "hid-pos";

    public bool QuietWhileSteady => true;

    public byte[]? PollCommand => null;

    public byte[]? StartContinuousCommand => null;

    public byte[]? ZeroCommand => null;

    public byte[]? TareCommand => null;

    public IScaleFramer CreateFramer(ScaleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new HidReportFramer(settings.HidReportLength, settings.HidDiscardReports);
    }

    public ScaleFrameResult Parse(ReadOnlySpan<byte> frame, DateTimeOffset at) => _parser.Parse(frame, at).Result();
}
