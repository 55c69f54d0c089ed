using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class PrintJobStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnqueueAsync_ThenGetNext_ReturnsTheExactBytesOldestFirst(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var now = fixture.Clock.GetUtcNow();
        var first = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [0x5E, 0x58, 0x41, 0x00, 0xFF]) { OrderId = "TB-1", Station = "S01" }, now, None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Slip, [1]), now, None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S02/printer", PrintJobKind.Label, [2]), now, None);

        var next = await fixture.PrintJobs.GetNextAsync("S01/printer", None);
        Assert.NotNull(next);
        Assert.Equal(first.Id, next.Id);
        Assert.Equal(new byte[] { 0x5E, 0x58, 0x41, 0x00, 0xFF }, next.Bytes);
        Assert.Equal(PrintJobState.Queued, next.State);
        Assert.Equal("TB-1", next.OrderId);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkSendingAsync_Twice_OnlyTheFirstWins(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var job = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        Assert.True(await fixture.PrintJobs.MarkSendingAsync(job.Id, fixture.Clock.GetUtcNow(), None));
        Assert.False(await fixture.PrintJobs.MarkSendingAsync(job.Id, fixture.Clock.GetUtcNow(), None));
        Assert.Null(await fixture.PrintJobs.GetNextAsync("P", None));
        Assert.Equal(1, (await fixture.PrintJobs.GetAsync(job.Id, None))!.Attempts);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkQueuedAsync_AfterInterruptedSend_JobIsNextAgain(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var job = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        await fixture.PrintJobs.MarkSendingAsync(job.Id, fixture.Clock.GetUtcNow(), None);
        await fixture.PrintJobs.MarkQueuedAsync(job.Id, "connection lost after 10 of 20 bytes", None);
        var again = await fixture.PrintJobs.GetNextAsync("P", None);
        Assert.Equal(job.Id, again!.Id);
        Assert.Equal("connection lost after 10 of 20 bytes", again.LastError);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkDoneAsync_NotSending_Throws(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var job = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        await Assert.ThrowsAsync<StoreException>(() => fixture.PrintJobs.MarkDoneAsync(job.Id, fixture.Clock.GetUtcNow(), None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task FailInterruptedAsync_JobLeftSendingByACrash_BecomesFailedNotResent(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var job = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        await fixture.PrintJobs.MarkSendingAsync(job.Id, fixture.Clock.GetUtcNow(), None);

        Assert.Equal(1, await fixture.PrintJobs.FailInterruptedAsync("P", "interrupted by a restart", None));
        Assert.Null(await fixture.PrintJobs.GetNextAsync("P", None));
        Assert.Equal(PrintJobState.Failed, (await fixture.PrintJobs.GetAsync(job.Id, None))!.State);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListAsync_ByState_NewestFirst(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var a = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        var b = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Reprint, [1]) { ReprintOf = a.Id }, fixture.Clock.GetUtcNow(), None);
        var listed = await fixture.PrintJobs.ListAsync("P", PrintJobState.Queued, 10, None);
        Assert.Equal([b.Id, a.Id], listed.Select(j => j.Id));
        Assert.Equal(a.Id, listed[0].ReprintOf);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CancelQueuedAsync_QueuedJob_FailsIt_ButNotOneBeingSent(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var queued = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [1]), fixture.Clock.GetUtcNow(), None);
        var sending = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("P", PrintJobKind.Label, [2]), fixture.Clock.GetUtcNow(), None);
        await fixture.PrintJobs.MarkSendingAsync(sending.Id, fixture.Clock.GetUtcNow(), None);

        Assert.True(await fixture.PrintJobs.CancelQueuedAsync(queued.Id, "order withdrawn", None));
        Assert.False(await fixture.PrintJobs.CancelQueuedAsync(sending.Id, "order withdrawn", None));
        Assert.Equal((PrintJobState.Failed, "order withdrawn"), ((await fixture.PrintJobs.GetAsync(queued.Id, None))!.State, (await fixture.PrintJobs.GetAsync(queued.Id, None))!.LastError));
        Assert.Equal(PrintJobState.Sending, (await fixture.PrintJobs.GetAsync(sending.Id, None))!.State);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListForOrderAsync_OnAnyPrinter_OldestFirstWithTrackingNumbers(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var a = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [1]) { OrderId = "TB-1", TrackingNumber = "ZT1" }, fixture.Clock.GetUtcNow(), None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [2]) { OrderId = "TB-2", TrackingNumber = "ZT2" }, fixture.Clock.GetUtcNow(), None);
        var b = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S02/printer", PrintJobKind.Reprint, [1]) { OrderId = "TB-1", TrackingNumber = "ZT1", ReprintOf = a.Id }, fixture.Clock.GetUtcNow(), None);

        var jobs = await fixture.PrintJobs.ListForOrderAsync("TB-1", None);

        Assert.Equal([(a.Id, "ZT1", "S01/printer"), (b.Id, "ZT1", "S02/printer")], jobs.Select(j => (j.Id, j.TrackingNumber!, j.Printer)));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CountQueuedAsync_CountsOnlyThisPrintersQueuedJobs(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var now = fixture.Clock.GetUtcNow();
        var sending = await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [1]), now, None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [2]), now, None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S01/printer", PrintJobKind.Label, [3]), now, None);
        await fixture.PrintJobs.EnqueueAsync(new NewPrintJob("S02/printer", PrintJobKind.Label, [4]), now, None);
        await fixture.PrintJobs.MarkSendingAsync(sending.Id, now, None);

        Assert.Equal(2, await fixture.PrintJobs.CountQueuedAsync("S01/printer", None));
        Assert.Equal(1, await fixture.PrintJobs.CountQueuedAsync("S02/printer", None));
        Assert.Equal(0, await fixture.PrintJobs.CountQueuedAsync("S03/printer", None));
    }
}
