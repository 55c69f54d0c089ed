namespace PackStation.Shops;

/// <summary>How to build the connector of one <see cref="ShopKind"/>; added with <see cref="ShopsServiceCollectionExtensions.AddShopConnector"/>.</summary>
public sealed record ShopConnectorRegistration(ShopKind Kind, Func<IServiceProvider, ShopOptions, Connectors.IShopConnector> Create);
