using System.Text;
using PackStation.Domain.Packers;
using PackStation.Packing.Directory;

namespace PackStation.Packing.Tests.Directory;

public sealed class PeopleServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Add_WithoutIds_TakesTheNextPNumbersWithDifferentBadges()
    {
        await using var h = await PeopleHarness.CreateAsync();
        await h.People.AddAsync("P007", "王芳", PackerRole.Packer, "cli:test", None);

        var first = await h.People.AddAsync(null, "李娜", PackerRole.Packer, "cli:test", None);
        var second = await h.People.AddAsync(null, "张敏", PackerRole.Supervisor, "cli:test", None);

        Assert.Equal("P008", first.Packer!.Id);
        Assert.Equal("P009", second.Packer!.Id);
        Assert.NotEqual(first.Packer.Badge, second.Packer.Badge);
        Assert.Equal(second.Packer, h.Directory.FindByBadge(second.Packer.Badge.ToLowerInvariant()));
    }

    [Fact]
    public async Task Add_TakenIdAnyCase_IsAConflictAndChangesNothing()
    {
        await using var h = await PeopleHarness.CreateAsync();
        await h.People.AddAsync("W1", "王芳", PackerRole.Packer, "cli:test", None);

        var outcome = await h.People.AddAsync("w1", "别人", PackerRole.Packer, "cli:test", None);

        Assert.Equal(PeopleProblemKind.Conflict, outcome.Problem!.Kind);
        Assert.Equal("王芳", Assert.Single(await h.Store.LoadPackersAsync(None)).Name);
    }

    [Fact]
    public async Task ReissueBadge_OldBadgeIsRevokedAtOnce_NewOneFindsThePacker()
    {
        await using var h = await PeopleHarness.CreateAsync();
        var old = (await h.People.AddAsync("W1", "王芳", PackerRole.Supervisor, "web:boss", None)).Packer!;

        var reissued = (await h.People.ReissueBadgeAsync("W1", "web:boss", None)).Packer!;

        Assert.Null(h.Directory.FindByBadge(old.Badge));
        Assert.True(h.Directory.IsRevokedBadge(old.Badge));
        Assert.Equal(reissued, h.Directory.FindByBadge(reissued.Badge));
        Assert.Equal("badge re-issued", h.Directory.RevokedLoginReason(old));
        Assert.Null(h.Directory.RevokedLoginReason(reissued));
    }

    [Fact]
    public async Task DisableThenEnable_BadgeIsRefusedThenWorksAgain_EachChangeLoggedWithWhoAndWhen()
    {
        await using var h = await PeopleHarness.CreateAsync();
        var packer = (await h.People.AddAsync("W1", "王芳", PackerRole.Packer, "web:boss", None)).Packer!;

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.People.SetActiveAsync("W1", false, "cli:root", None);
        var whileDisabled = (h.Directory.FindByBadge(packer.Badge), h.Directory.IsRevokedBadge(packer.Badge), h.Directory.RevokedLoginReason(packer));
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.People.SetActiveAsync("W1", true, "web:boss", None);

        Assert.Equal((null, true, "disabled"), whileDisabled);
        Assert.Equal(packer, h.Directory.FindByBadge(packer.Badge));
        var log = await h.Store.ReadPeopleEventsAsync("W1", 10, None);
        Assert.Equal(["Enabled web:boss 01:10", "Disabled cli:root 01:05", "Added web:boss 01:00"],
            log.Select(e => $"{e.Action} {e.Actor} {e.At:HH:mm}"));
        Assert.DoesNotContain(log, e => e.Detail?.Contains(packer.Badge, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Import_SameListTwice_AddsNobodyTwice_KnownIdsAreRenamed_SameNameWithoutIdIsRefused()
    {
        await using var h = await PeopleHarness.CreateAsync();
        var list = Encoding.UTF8.GetBytes("工号,姓名\nW1,张伟\nW2,李秀英\n");
        var first = await h.Importer.ImportAsync(list, "web:boss", None);

        var again = await h.Importer.ImportAsync(list, "web:boss", None);
        var changed = await h.Importer.ImportAsync(Encoding.UTF8.GetBytes("工号,姓名\nW1,张 伟\n,李秀英\n,王秀兰\n"), "web:boss", None);

        Assert.Equal(2, first.Added.Count);
        Assert.Equal((0, 2), (again.Added.Count, again.Unchanged));
        Assert.Equal("张 伟", Assert.Single(changed.Updated).Name);
        Assert.Equal("王秀兰", Assert.Single(changed.Added).Name);
        Assert.Equal(3, Assert.Single(changed.Errors).Line);
        Assert.Equal(3, (await h.Store.LoadPackersAsync(None)).Count);
    }

    [Fact]
    public async Task Import_ListWithoutRoleColumn_KeepsASupervisorsRole()
    {
        await using var h = await PeopleHarness.CreateAsync();
        await h.People.AddAsync("W1", "张伟", PackerRole.Supervisor, "web:boss", None);

        var result = await h.Importer.ImportAsync(Encoding.UTF8.GetBytes("工号,姓名\nW1,张伟\n"), "web:boss", None);

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(PackerRole.Supervisor, Assert.Single(await h.Store.LoadPackersAsync(None)).Role);
    }
}
