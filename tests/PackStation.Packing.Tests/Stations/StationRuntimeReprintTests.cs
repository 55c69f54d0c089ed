using PackStation.Domain.Packing;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Tests.Stations;

/// <summary>REPRINT: a new job with the same label, referring to the label it repeats.</summary>
public sealed class StationRuntimeReprintTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Reprint_AfterPacked_IsANewJobReferringToTheOriginal()
    {
        await using var h = await StationHarness.StartAsync(orders: StationHarness.Order());
        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        await h.WaitAsync(s => s.LastFeedback?.Code == "order-packed");

        await h.ScanAsync("CMD-REPRINT");
        var reprinted = await h.WaitAsync(s => s.LastFeedback?.Code == "label-reprinted");

        var jobs = await h.Store.PrintJobs.ListForOrderAsync("TB-1", None);
        Assert.Equal([PrintJobKind.Label, PrintJobKind.Reprint], jobs.Select(j => j.Kind));
        Assert.Equal(jobs[0].Id, jobs[1].ReprintOf);
        Assert.Equal(2, h.Printer.JobCount);
        Assert.Equal(h.Printer.Jobs.First(), h.Printer.Jobs.Last());
        Assert.Equal(SessionState.Idle, reprinted.State);
    }

    [Fact]
    public async Task Reprint_AfterPackedByLabelScan_PrintsThatLabelAgain()
    {
        var options = new PackingOptions { ClaimLease = TimeSpan.FromMinutes(5), ConfirmByScan = true };
        await using var h = await StationHarness.StartAsync(options, orders: StationHarness.Order());
        await h.PackToScaleAsync();
        h.Scale.Place(174m);
        var printed = await h.WaitAsync(s => s.State == SessionState.Confirming);
        await h.ScanAsync(printed.TrackingNumbers.Single());

        await h.ScanAsync("CMD-REPRINT");
        await h.WaitAsync(s => s.LastFeedback?.Code == "label-reprinted");

        var jobs = await h.Store.PrintJobs.ListForOrderAsync("TB-1", None);
        Assert.Equal([PrintJobKind.Label, PrintJobKind.Reprint], jobs.Select(j => j.Kind));
        Assert.Equal((jobs[0].Id, printed.TrackingNumbers.Single()), (jobs[1].ReprintOf!.Value, jobs[1].TrackingNumber));
        Assert.Equal(2, h.Printer.JobCount);
    }

    [Fact]
    public async Task Reprint_AfterRestart_StillRefersToTheOriginalJob()
    {
        var options = new PackingOptions { ClaimLease = TimeSpan.FromMinutes(5), ConfirmByScan = true };
        var first = await StationHarness.StartAsync(options, orders: StationHarness.Order());
        first.KeepStore = true;
        await first.PackToScaleAsync();
        first.Scale.Place(174m);
        await first.WaitAsync(s => s.State == SessionState.Confirming);
        await first.DisposeAsync();

        await using var again = await StationHarness.StartAsync(options, reuse: first.Fixture);
        await again.ScanAsync(StationHarness.Packer.Badge);
        await again.WaitAsync(s => s.OrderId == "TB-1" && s.State == SessionState.Weighing);
        again.Scale.Place(174m);   // a resumed order is weighed again; its label is not printed again
        await again.WaitAsync(s => s.State == SessionState.Confirming);
        await again.ScanAsync("CMD-REPRINT");
        await again.WaitAsync(s => s.LastFeedback?.Code == "label-reprinted");

        var jobs = await again.Store.PrintJobs.ListForOrderAsync("TB-1", None);
        Assert.Equal([PrintJobKind.Label, PrintJobKind.Reprint], jobs.Select(j => j.Kind));
        Assert.Equal(jobs[0].Id, jobs[1].ReprintOf);
    }
}
