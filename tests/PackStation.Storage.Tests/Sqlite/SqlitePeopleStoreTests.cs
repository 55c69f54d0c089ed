using PackStation.Domain.Packers;
using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Sqlite;

/// <summary>The people port (packers, revoked badges, the change log) and the account writes on a real SQLite file.</summary>
public sealed class SqlitePeopleStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SavePackers_NewWithATakenId_IsSkippedAndReported_TheOthersAndTheirEventsAreWritten()
    {
        await using var f = await StoreFixture.CreateAsync();
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1")], None);

        var skipped = await f.People.SavePackersAsync([New(f, "P001", "别人", "PB2"), New(f, "P002", "李娜", "PB3")], None);

        Assert.Equal(["P001"], skipped);
        Assert.Equal(["P001 王芳 PB1", "P002 李娜 PB3"], (await f.People.LoadPackersAsync(None)).Select(p => $"{p.Id} {p.Name} {p.Badge}"));
        Assert.Equal(["P002", "P001"], (await f.People.ReadPeopleEventsAsync(null, 10, None)).Select(e => e.Subject));
    }

    [Fact]
    public async Task SavePackers_ChangedBadge_KeepsTheOldOneAsRevoked_ASecondStoreOnTheFileSeesIt()
    {
        await using var f = await StoreFixture.CreateAsync();
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PBOLD")], None);
        var versionBefore = await f.People.PeopleVersionAsync(None);

        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳", "PBNEW"), PeopleAction.BadgeReissued)], None);

        var other = f.Open().People;
        Assert.Equal(["PBOLD"], await other.LoadRevokedBadgesAsync(None));
        Assert.Equal("PBNEW", Assert.Single(await other.LoadPackersAsync(None)).Badge);
        Assert.True(await other.PeopleVersionAsync(None) > versionBefore);
    }

    [Fact]
    public async Task SavePackers_Disabled_IsKeptWithItsBadgeAndReadBackInactive()
    {
        await using var f = await StoreFixture.CreateAsync();
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1")], None);

        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳", "PB1", Active: false), PeopleAction.Disabled)], None);

        var packer = Assert.Single(await f.People.LoadPackersAsync(None));
        Assert.False(packer.Active);
        Assert.Equal("PB1", packer.Badge);
        Assert.Empty(await f.People.LoadRevokedBadgesAsync(None));
    }

    [Fact]
    public async Task ReadPeopleEvents_BySubjectNewestFirst_WithWhoWhenWhat()
    {
        await using var f = await StoreFixture.CreateAsync();
        await f.People.SavePackersAsync([New(f, "P001", "王芳", "PB1"), New(f, "P002", "李娜", "PB2")], None);
        ((FakeTimeProvider)f.Clock).Advance(TimeSpan.FromMinutes(3));
        await f.People.SavePackersAsync([Changed(f, new Packer("P001", "王芳芳", "PB1"), PeopleAction.Renamed, "王芳 → 王芳芳")], None);

        var events = await f.People.ReadPeopleEventsAsync("p001", 10, None);

        Assert.Equal(["Renamed web:boss 01:03 王芳 → 王芳芳", "Added web:boss 01:00 王芳"],
            events.Select(e => $"{e.Action} {e.Actor} {e.At:HH:mm} {e.Detail}"));
    }

    [Fact]
    public async Task AccountChanges_GiveANewSessionStampEachTimeAndAreLogged()
    {
        await using var f = await StoreFixture.CreateAsync();
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

    private static PackerChange New(StoreFixture f, string id, string name, string badge) =>
        new(new Packer(id, name, badge), new PeopleEvent(f.Clock.GetUtcNow(), "web:boss", PeopleSubject.Packer, id, PeopleAction.Added, name), IsNew: true);

    private static PackerChange Changed(StoreFixture f, Packer packer, PeopleAction action, string? detail = null) =>
        new(packer, new PeopleEvent(f.Clock.GetUtcNow(), "web:boss", PeopleSubject.Packer, packer.Id, action, detail), IsNew: false);
}
