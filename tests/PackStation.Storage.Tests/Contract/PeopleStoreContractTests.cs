using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

/// <summary>The people port (packers, revoked badges, the change log) and the account writes, on every provider.</summary>
public sealed class PeopleStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SavePackers_NewAndChanged_AreLoadedInIdOrderWithTheirRole(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        await f.People.SavePackersAsync([New(f, "P002", "李娜", "PB-P002"), New(f, "P001", "王芳", "PB-P001")], None);

        await f.People.SavePackersAsync([Changed(f, new Packer("P002", "李娜", "PB-P002", PackerRole.Supervisor), PeopleAction.RoleChanged)], None);

        Assert.Equal([new Packer("P001", "王芳", "PB-P001"), new Packer("P002", "李娜", "PB-P002", PackerRole.Supervisor)],
            await f.People.LoadPackersAsync(None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SavePackers_NewWithATakenId_IsSkippedAndReported_TheOthersAndTheirEventsAreWritten(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1")], None);

        var skipped = await f.People.SavePackersAsync([New(f, "P001", "别人", "PB2"), New(f, "P002", "李娜", "PB3")], None);

        Assert.Equal(["P001"], skipped);
        Assert.Equal(["P001 王芳 PB1", "P002 李娜 PB3"], (await f.People.LoadPackersAsync(None)).Select(p => $"{p.Id} {p.Name} {p.Badge}"));
        Assert.Equal(["P002", "P001"], (await f.People.ReadPeopleEventsAsync(null, 10, None)).Select(e => e.Subject));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SavePackers_ChangedBadge_KeepsTheOldOneAsRevoked_ASecondProcessSeesIt(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PBOLD")], None);
        var versionBefore = await f.People.PeopleVersionAsync(None);

        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳", "PBNEW"), PeopleAction.BadgeReissued)], None);

        var other = f.Open().People;
        Assert.Equal(["PBOLD"], await other.LoadRevokedBadgesAsync(None));
        Assert.Equal("PBNEW", Assert.Single(await other.LoadPackersAsync(None)).Badge);
        Assert.True(await other.PeopleVersionAsync(None) > versionBefore);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SavePackers_Disabled_IsKeptWithItsBadgeAndReadBackInactive(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1")], None);

        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳", "PB1", Active: false), PeopleAction.Disabled)], None);

        var packer = Assert.Single(await f.People.LoadPackersAsync(None));
        Assert.False(packer.Active);
        Assert.Equal("PB1", packer.Badge);
        Assert.Empty(await f.People.LoadRevokedBadgesAsync(None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReadPeopleEvents_BySubjectNewestFirst_WithWhoWhenWhat(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1"), New(f, "P002", "李娜", "PB2")], None);
        ((FakeTimeProvider)f.Clock).Advance(TimeSpan.FromMinutes(3));
        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳芳", "PB1"), PeopleAction.Renamed, "王芳 → 王芳芳")], None);

        var events = await f.People.ReadPeopleEventsAsync("p001", 10, None);

        Assert.Equal(["Renamed web:boss 01:03 王芳 → 王芳芳", "Added web:boss 01:00 王芳"],
            events.Select(e => $"{e.Action} {e.Actor} {e.At:HH:mm} {e.Detail}"));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task AccountChanges_GiveANewSessionStampEachTimeAndAreLogged(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        var change = new PeopleEvent(f.Clock.GetUtcNow(), "cli:root", PeopleSubject.Account, "boss", PeopleAction.Added);
        await f.Accounts.CreateAccountAsync(new WebAccount("boss", "hash", "supervisor", true, f.Clock.GetUtcNow()), change, None);
        var stamps = new List<string> { (await f.Accounts.FindAccountAsync("boss", None))!.SessionStamp };

        await f.Accounts.SetPasswordAsync("boss", "hash2", false, change with { Action = PeopleAction.PasswordChanged }, None);
        stamps.Add((await f.Accounts.FindAccountAsync("boss", None))!.SessionStamp);
        await f.Accounts.EndSessionsAsync("BOSS", None);
        stamps.Add((await f.Accounts.FindAccountAsync("boss", None))!.SessionStamp);
        await f.Accounts.SetActiveAsync("boss", false, change with { Action = PeopleAction.Disabled }, None);
        var disabled = (await f.Accounts.FindAccountAsync("boss", None))!;
        stamps.Add(disabled.SessionStamp);

        Assert.Equal(4, stamps.Distinct().Count());
        Assert.All(stamps, s => Assert.Equal(32, s.Length));
        Assert.False(disabled.Active);
        Assert.False(disabled.MustChangePassword);
        Assert.Equal([PeopleAction.Disabled, PeopleAction.PasswordChanged, PeopleAction.Added],
            (await f.People.ReadPeopleEventsAsync("boss", 10, None)).Select(e => e.Action));
        Assert.False(await f.Accounts.SetActiveAsync("nobody", true, change, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task PeopleVersion_ChangesFromTwoProcessesAtOnce_EachChangeMovesItAndEveryPackerIsThere(StoreProvider provider)
    {
        await using var f = await StoreFixture.CreateAsync(provider);
        var other = f.Open();
        var seen = new List<long>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var store = i % 2 == 0 ? f.People : other.People;
            await store.SavePackersAsync([New(f, $"P{i:000}", $"包装员{i}", $"PB{i:000}")], None);
            var version = await store.PeopleVersionAsync(None);
            lock (seen)
                seen.Add(version);
        }));

        var events = await other.People.ReadPeopleEventsAsync(null, 100, None);
        Assert.Equal(20, (await f.People.LoadPackersAsync(None)).Count);
        Assert.Equal(20, events.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal(events.Max(e => e.Sequence), await f.People.PeopleVersionAsync(None));
        Assert.All(seen, v => Assert.InRange(v, events.Min(e => e.Sequence), events.Max(e => e.Sequence)));
    }

    private static PackerChange New(StoreFixture f, string id, string name, string badge) =>
        new(new Packer(id, name, badge), new PeopleEvent(f.Clock.GetUtcNow(), "web:boss", PeopleSubject.Packer, id, PeopleAction.Added, name), IsNew: true);

    private static PackerChange Changed(StoreFixture f, Packer packer, PeopleAction action, string? detail = null) =>
        new(packer, new PeopleEvent(f.Clock.GetUtcNow(), "web:boss", PeopleSubject.Packer, packer.Id, action, detail), IsNew: false);
}
