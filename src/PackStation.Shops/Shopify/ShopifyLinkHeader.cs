namespace PackStation.Shops.Shopify;

/// <summary>Reads the RFC 8288 <c>Link</c> header Shopify pages with: the <c>rel="next"</c> address, used verbatim.</summary>
public static class ShopifyLinkHeader
{
    public static Uri? Next(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        foreach (var part in header.Split(','))
        {
            var pieces = part.Split(';');
            var target = pieces[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
                continue;
            var isNext = pieces.Skip(1).Any(p => p.Trim().Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next");
            if (isNext && Uri.TryCreate(target[1..^1], UriKind.Absolute, out var uri))
                return uri;
        }

        return null;
    }
}
