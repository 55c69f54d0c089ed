using PackStation.Domain.Packers;
using PackStation.Domain.Ports;
using PackStation.TestKit.Stores;

namespace PackStation.Storage.Tests.Contract;

public sealed class AccountStoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task CreateAccountAsync_NameTakenInAnyCase_IsRefusedAndTheFirstKept(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var first = new WebAccount("Zhang.Li", "hash-1", "supervisor", true, fixture.Now);

        var created = await fixture.Accounts.CreateAccountAsync(first, Added(fixture, "Zhang.Li"), None);
        var again = await fixture.Accounts.CreateAccountAsync(first with { UserName = "zhang.li", PasswordHash = "hash-2" }, Added(fixture, "zhang.li"), None);

        Assert.True(created);
        Assert.False(again);
        var found = await fixture.Accounts.FindAccountAsync("ZHANG.LI", None);
        Assert.Equal(first, found! with { SessionStamp = "" });
        Assert.Single(await fixture.Accounts.ListAccountsAsync(None));
        Assert.Single(await fixture.People.ReadPeopleEventsAsync("zhang.li", 10, None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetPasswordAsync_KnownAndUnknownAccount_ChangesOnlyTheKnownOne(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Accounts.CreateAccountAsync(new WebAccount("wang", "old", "viewer", true, fixture.Now), Added(fixture, "wang"), None);
        var reset = Added(fixture, "wang") with { Action = PeopleAction.PasswordReset };

        Assert.True(await fixture.Accounts.SetPasswordAsync("Wang", "new", mustChangePassword: false, reset, None));
        Assert.False(await fixture.Accounts.SetPasswordAsync("nobody", "new", mustChangePassword: false, reset, None));

        var account = await fixture.Accounts.FindAccountAsync("wang", None);
        Assert.Equal(("new", false), (account!.PasswordHash, account.MustChangePassword));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task GetOrCreateSecretAsync_ManyAtOnceFromTwoProcesses_AllGetTheFirstWrittenValue(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var other = fixture.Open();
        var n = 0;

        var values = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? fixture : other).Accounts.GetOrCreateSecretAsync("station-token-key", () => "key-" + Interlocked.Increment(ref n), None)));

        Assert.Single(values.Distinct());
        Assert.StartsWith("key-", values[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetSecretAsync_ReplacesTheValue_ASecondProcessReadsTheNewOne(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        var missing = await fixture.Accounts.FindSecretAsync("station-token-key:S01", None);

        await fixture.Accounts.SetSecretAsync("station-token-key:S01", "first", None);
        await fixture.Accounts.SetSecretAsync("station-token-key:S01", "second", None);

        Assert.Null(missing);
        Assert.Equal("second", await fixture.Open().Accounts.FindSecretAsync("station-token-key:S01", None));
    }

    private static PeopleEvent Added(StoreFixture fixture, string userName) =>
        new(fixture.Now, "cli:root", PeopleSubject.Account, userName, PeopleAction.Added);
}
