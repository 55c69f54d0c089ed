using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PackStation.Storage;

namespace PackStation.TestKit.Stores;

/// <summary>
/// The one store of a test: a fresh database of the chosen provider (a SQLite file in a temp folder, or a database of
/// its own on the test run's <see cref="PostgresServer"/>), composed with
/// <c>AddPackStationStorage</c> exactly as the service composes it, and migrated. <see cref="Settings"/> point a host
/// or a <c>packstation</c> process at the same database; <see cref="OpenAsync"/> gives another composition over it,
/// as a second process has. Disposing closes every composition and removes the database.
/// </summary>
public sealed class StoreFixture : StorePorts
{
    /// <summary>The fake clock's start: an hour before the demo orders of <see cref="TestOrders"/> were created.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder;
    private readonly List<StorePorts> _opened = [];
    private readonly PostgresServer? _server;

    private StoreFixture(ServiceProvider services, StoreProvider provider, TimeProvider clock, TempDirectory folder,
        IReadOnlyDictionary<string, string?> settings, PostgresServer? server) : base(services)
    {
        Provider = provider;
        Clock = clock;
        _folder = folder;
        Settings = settings;
        _server = server;
    }

    public StoreProvider Provider { get; }

    /// <summary>The clock the stores read; a <see cref="FakeTimeProvider"/> unless the test asked for another.</summary>
    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The Store settings of this database (provider, connection string, durability).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary><see cref="Settings"/> as command-line settings for a <c>packstation</c> process.</summary>
    public IEnumerable<string> Arguments => Settings.Select(s => $"--{s.Key}={s.Value}");

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => Provider == StoreProvider.Sqlite
        ? _folder.File("packstation.db")
        : throw new InvalidOperationException($"A {Provider} store has no database file.");

    /// <summary>A folder of the test's own, removed with the store (for lock files, logs, a process's data).</summary>
    public TempDirectory Folder => _folder;

    public static async Task<StoreFixture> CreateAsync(StoreProvider provider = StoreProvider.Sqlite, TimeProvider? clock = null)
    {
        var folder = new TempDirectory("store");
        clock ??= new FakeTimeProvider(Start);
        var server = provider == StoreProvider.Postgres ? await PostgresServer.GetAsync() : null;
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = provider.ToString(),
            ["Store:ConnectionString"] = server is null ? $"Data Source={folder.File("packstation.db")}" : await server.CreateDatabaseAsync(),
            ["Store:Durability"] = nameof(StoreDurability.Normal),
        };
        var fixture = new StoreFixture(Compose(settings, clock), provider, clock, folder, settings, server);
        try
        {
            await fixture.Schema.MigrateAsync(CancellationToken.None);
            return fixture;
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another composition of the stores over the same database, as a second process would have.</summary>
    public StorePorts Open()
    {
        var ports = new StorePorts(Compose(Settings, Clock));
        _opened.Add(ports);
        return ports;
    }

    /// <summary>Moves the fake clock on.</summary>
    public void Advance(TimeSpan by) =>
        (Clock as FakeTimeProvider ?? throw new InvalidOperationException("This store runs on a real clock.")).Advance(by);

    public override async ValueTask DisposeAsync()
    {
        foreach (var ports in _opened)
            await ports.DisposeAsync();
        await base.DisposeAsync();
        if (_server is not null)
            await _server.DropDatabaseAsync(Settings["Store:ConnectionString"]!);
        _folder.Dispose();
    }

    private static ServiceProvider Compose(IReadOnlyDictionary<string, string?> settings, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddPackStationStorage(configuration);
        return services.BuildServiceProvider();
    }
}
