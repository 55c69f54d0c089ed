namespace PackStation.Web.Tests;

/// <summary>All browser tests share one running service and one browser (starting them costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
