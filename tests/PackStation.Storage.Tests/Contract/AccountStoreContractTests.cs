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

        var created = await fixture.Accounts.CreateAccountAsync(first, None);
        var again = await fixture.Accounts.CreateAccountAsync(first with { UserName = "zhang.li", PasswordHash = "hash-2" }, None);

        Assert.True(created);
        Assert.False(again);
        Assert.Equal(first, await fixture.Accounts.FindAccountAsync("ZHANG.LI", None));
        Assert.Single(await fixture.Accounts.ListAccountsAsync(None));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetPasswordAsync_KnownAndUnknownAccount_ChangesOnlyTheKnownOne(StoreProvider provider)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider);
        await fixture.Accounts.CreateAccountAsync(new WebAccount("wang", "old", "viewer", true, fixture.Now), None);

        Assert.True(await fixture.Accounts.SetPasswordAsync("Wang", "new", mustChangePassword: false, None));
        Assert.False(await fixture.Accounts.SetPasswordAsync("nobody", "new", mustChangePassword: false, None));

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
}
