namespace PackStation.Shops;

/// <summary>Which shop platform the <c>Shop</c> section configures.</summary>
public enum ShopKind
{
    Demo,
    Taobao,
    Shopify,
    WooCommerce,
    File,
}
