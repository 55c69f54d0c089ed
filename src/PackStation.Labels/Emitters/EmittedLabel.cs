namespace PackStation.Labels.Emitters;

/// <summary>The printer bytes and how many elements had to go as images.</summary>
public sealed record EmittedLabel(byte[] Bytes, int RasterElements);
