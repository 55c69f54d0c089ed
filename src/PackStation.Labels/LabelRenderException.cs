namespace PackStation.Labels;

/// <summary>The label cannot be made as asked (a barcode that would not scan, data a symbology cannot carry, no CJK font).</summary>
public sealed class LabelRenderException : Exception
{
    public LabelRenderException() { }

    public LabelRenderException(string message) : base(message) { }

    public LabelRenderException(string message, Exception inner) : base(message, inner) { }
}
