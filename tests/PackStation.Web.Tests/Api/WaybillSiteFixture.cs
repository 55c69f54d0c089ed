using PackStation.TestKit;
using PackStation.Web.Auth;

namespace PackStation.Web.Tests.Api;

/// <summary>A site closed to anonymous readers whose stations scan waybills printed before picking.</summary>
public sealed class WaybillSiteFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new("packstation-waybills");

    public TestService Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = new TestService(_dir.Path, "--Packing:LabelTiming=PrintedBeforePicking", "--Web:AnonymousDashboard=false");
        await Site.StartAsync();
        await Site.CreateAccountAsync(WebAppFixture.SupervisorName, WebAppFixture.SupervisorPassword, WebRoles.Supervisor);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public void Dispose() => _dir.Dispose();
}
