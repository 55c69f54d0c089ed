using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PackStation.Domain.Ports;
using PackStation.Packing.Directory;
using PackStation.TestKit.Stores;

namespace PackStation.Packing.Tests.Directory;

/// <summary>A fresh store (the test kit's), its directory, the people service and the staff importer.</summary>
internal sealed class PeopleHarness : IAsyncDisposable
{
    private PeopleHarness(StoreFixture store)
    {
        Fixture = store;
        Directory = new PackingDirectory(store.Catalogue, store.People);
        People = new PeopleService(store.People, Directory, store.Clock, NullLogger<PeopleService>.Instance);
        Importer = new StaffImporter(People);
    }

    public StoreFixture Fixture { get; }
    public FakeTimeProvider Clock => (FakeTimeProvider)Fixture.Clock;
    public IPeopleStore Store => Fixture.People;
    public PackingDirectory Directory { get; }
    public PeopleService People { get; }
    public StaffImporter Importer { get; }

    public static async Task<PeopleHarness> CreateAsync() => new(await StoreFixture.CreateAsync());

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}
