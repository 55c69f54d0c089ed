namespace PackStation.Domain.Catalogue;

/// <summary>A barcode printed on a product; one scan of it counts as <paramref name="Multiplier"/> units (a bag of 10 skeins).</summary>
public sealed record ProductBarcode(string Code, int Multiplier = 1);
