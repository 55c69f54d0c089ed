using System.ComponentModel.DataAnnotations;

namespace PackStation.Shops.Demo;

/// <summary>The <c>Demo</c> section: the built-in demo shop and its simulated packers.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seeds the catalogue and packers and lets demo orders arrive (with Shop:Kind = Demo).</summary>
    public bool Enabled { get; set; }

    /// <summary>A simulated packer at every station with simulated devices.</summary>
    public bool SimulatedPackers { get; set; }

    /// <summary>Orders already waiting when the demo starts (only when the store has none).</summary>
    [Range(0, 1_000_000)]
    public int InitialOrders { get; set; } = 400;

    /// <summary>New demo orders a minute while the service runs (0: none).</summary>
    [Range(0d, 100_000d)]
    public double OrdersPerMinute { get; set; } = 60;

    public int Seed { get; set; } = 20261128;
}
