using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PackStation.TestKit;
using PackStation.Worker.Hosting;

namespace PackStation.Worker.Tests.Hosting;

/// <summary>
/// Every configuration section of the service is checked the same way before it starts: a value out of its range, of
/// the wrong type or missing where it is needed is refused with a message that starts with the setting's name.
/// </summary>
public sealed class SettingsAtStartTests
{
    [Theory]
    [InlineData("Store:BusyTimeout must be between", "--Store:BusyTimeout=00:00:00.010")]
    [InlineData("Store:ClaimLease must be between", "--Store:ClaimLease=2.00:00:00")]
    [InlineData("Store:Durability cannot be \"Sometimes\": it must be one of Normal, Full", "--Store:Durability=Sometimes")]
    [InlineData("Store:MaxPoolSize must be between 2 and 200, not 1.", "--Store:MaxPoolSize=1")]
    [InlineData("Store:KeepAlive must be between", "--Store:KeepAlive=01:00:00")]
    [InlineData("Store:KeepAlive cannot be \"often\": it must be a time span", "--Store:KeepAlive=often")]
    [InlineData("Shop:Kind cannot be \"Magento\"", "--Shop:Kind=Magento")]
    [InlineData("Shop:Sync:Interval must be between", "--Shop:Sync:Interval=00:00:00")]
    [InlineData("Shop:Sync:Interval cannot be \"soon\": it must be a time span", "--Shop:Sync:Interval=soon")]
    [InlineData("Shop:Sync:ReconcileLimit must be between", "--Shop:Sync:ReconcileLimit=0")]
    [InlineData("Shop:Outbox:BatchSize must be between 1 and 1000, not 0.", "--Shop:Outbox:BatchSize=0")]
    [InlineData("Shop:Outbox:MaxRetryDelay must not be shorter than FirstRetryDelay.", "--Shop:Outbox:MaxRetryDelay=00:00:01")]
    [InlineData("Shop:Http:AttemptTimeout must be between", "--Shop:Http:AttemptTimeout=00:00:00")]
    [InlineData("Shop:Http:MaxRetries must be between 0 and 20, not 99.", "--Shop:Http:MaxRetries=99")]
    [InlineData("Carrier:BaseUrl must be an absolute address", "--Carrier:BaseUrl=carrier/api")]
    [InlineData("Carrier:BaseUrl is required when Carrier:TrackingNumbers is Http.", "--Carrier:TrackingNumbers=Http")]
    [InlineData("Carrier:TrackingNumbers is \"Magic\"", "--Carrier:TrackingNumbers=Magic")]
    [InlineData("Carrier:Cainiao:SignMethod must be md5, hmac or hmac-sha256", "--Carrier:Cainiao:SignMethod=sha1")]
    [InlineData("Carrier:Cainiao:BaseUrl is required when Carrier:TrackingNumbers is Cainiao.", "--Carrier:TrackingNumbers=Cainiao")]
    [InlineData("Carrier:Sscc:CompanyPrefix must be 7 to 10 digits", "--Carrier:TrackingNumbers=Sscc", "--Carrier:Sscc:CompanyPrefix=12")]
    [InlineData("Hardware:ProfilesPath names /nonexistent/profiles, which is not a folder.", "--Hardware:ProfilesPath=/nonexistent/profiles")]
    [InlineData("Demo:InitialOrders must be between 0 and 1000000, not -1.", "--Demo:InitialOrders=-1")]
    [InlineData("Demo:OrdersPerMinute must be between 0 and 100000", "--Demo:OrdersPerMinute=1000000000")]
    [InlineData("Packing:ClaimLease must be between", "--Packing:ClaimLease=00:00:01")]
    [InlineData("Stations:Count must be between 0 and 500, not 501.", "--Stations:Count=501")]
    [InlineData("Stations:List:0:Id: A station id is 1–32 letters", "--Stations:List:0:Id=S 1", "--Stations:List:0:Scanner:Profile=simulated")]
    [InlineData("Waybills:MaxBatch must be between", "--Waybills:MaxBatch=0")]
    [InlineData("Waybills:Template: \"a5\" is not one of", "--Waybills:Template=a5")]
    [InlineData("Labels:ZplCjkFont must name a printer font", "--Labels:ZplCjkFont= ")]
    [InlineData("Site:TimeZone \"Nowhere/City\" is not a known time zone id", "--Site:TimeZone=Nowhere/City")]
    [InlineData("Site:Sender:Name, Site:Sender:Phone and Site:Sender:Address must be set", "--Demo:Enabled=false")]
    [InlineData("PrintComponents:CustomAreaTemplateUrl must be an absolute address", "--PrintComponents:CustomAreaTemplateUrl=area/1")]
    [InlineData("Web:Login:AccountFailures must be between 1 and 1000, not 0.", "--Web:Login:AccountFailures=0")]
    [InlineData("Web:FirstSupervisor must name the first supervisor account.", "--Web:FirstSupervisor= ")]
    [InlineData("Web:PublicUrl must be an absolute http:// or https:// address", "--Web:PublicUrl=192.168.1.10:5080")]
    public async Task Start_BadValue_RefusedWithAMessageNamingTheSetting(string expected, params string[] settings)
    {
        var messages = await StartupProblemsAsync(settings);

        Assert.Contains(messages, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DemoSiteAsShipped_HasNoProblem() => Assert.Empty(await StartupProblemsAsync());

    /// <summary>The problems the service finds in its configuration before it starts (the composition root, not started).</summary>
    private static async Task<IReadOnlyList<string>> StartupProblemsAsync(params string[] settings)
    {
        using var dir = new TempDirectory("settings");
        try
        {
            await using var app = PackStationHost.Build(["--urls=http://127.0.0.1:0", $"--Store:ConnectionString=Data Source={dir.File("store.db")}", .. settings]);
            await app.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures).ToList();
        }
    }
}
