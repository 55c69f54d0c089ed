using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PackStation.Benchmarks.Shops;

/// <summary>Measured runs (not micro-benchmarks): one process, no warm-up, a few whole-operation iterations.</summary>
public sealed class ShopsBenchmarkConfig : ManualConfig
{
    public ShopsBenchmarkConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0)
            .WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
