namespace PackStation.Hardware.Profiles;

/// <summary>A scale model's protocol settings: how to ask for a weight, how to read it and when to trust it.</summary>
public sealed record ScaleSettings
{
    /// <summary>"sma", "toledo", "mt-sics", "cas", "cas-ecr", "nci", "hid-pos" or "simulated".</summary>
    public string Protocol { get; init; } = "simulated";

    /// <summary>The unit the scale shows; used when a protocol's frames carry none (Toledo 8213).</summary>
    public string Unit { get; init; } = "g";

    /// <summary>"polled" (ask, then read the reply) or "continuous" (the scale streams); empty: the protocol's usual mode.</summary>
    public string? Mode { get; init; }

    /// <summary>How often to ask for a weight in polled mode (the Toledo 8217 wants ≥ 200 ms).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to wait for a polled reply, or for the next frame of a stream, before reporting silence.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a reading must hold still, in software, before it is trusted as stable.</summary>
    public TimeSpan StabilityWindow { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How many stable readings in a row the window needs at least.</summary>
    public int StabilityReadings { get; init; } = 3;

    /// <summary>How far readings may wander inside the window (one display division is usual); 0: identical.</summary>
    public decimal StabilityToleranceGrams { get; init; }

    /// <summary>Stable readings at or below this count as an empty platform for the parcel gate.</summary>
    public decimal ZeroBandGrams { get; init; }

    /// <summary>Capacity: readings above it are reported as overload.</summary>
    public decimal? MaxGrams { get; init; }

    /// <summary>NCI variants (Brecknell SCP-12) where status bits 0/1 mean stable/not-at-zero when set.</summary>
    public bool NciInvertedMotionBits { get; init; }

    /// <summary>HID POS: report ids that carry the weight (standard 3; some devices send 4).</summary>
    public IReadOnlyList<int> HidReportIds { get; init; } = [3, 4];

    /// <summary>HID POS: bytes per report as hidraw delivers it, report id included.</summary>
    public int HidReportLength { get; init; } = 6;

    /// <summary>HID POS: reports to discard after opening (the first is often stale).</summary>
    public int HidDiscardReports { get; init; } = 1;
}
