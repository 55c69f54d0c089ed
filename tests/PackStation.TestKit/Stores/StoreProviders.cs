using PackStation.Storage;

namespace PackStation.TestKit.Stores;

/// <summary>Every store provider, for contract tests: <c>[Theory, MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]</c>.</summary>
public static class StoreProviders
{
    public static TheoryData<StoreProvider> All => [StoreProvider.Sqlite, StoreProvider.Postgres];
}
