namespace PackStation.Labels.Layout;

/// <summary>One thing placed on a label, in dots from the top-left corner of the printable area.</summary>
public abstract record LayoutElement(int X, int Y)
{
    public abstract int Width { get; }

    public abstract int Height { get; }

    public int Bottom => Y + Height;
}

/// <summary>One line of text (already wrapped to fit). <paramref name="HeightDots"/> is the character cell height.</summary>
public sealed record TextElement(int X, int Y, int HeightDots, string Text, int MeasuredWidth, bool Centered = false) : LayoutElement(X, Y)
{
    public override int Width => MeasuredWidth;

    public override int Height => HeightDots;
}

/// <summary>A Code 128 symbol; <paramref name="Modules"/> is its width in modules including start, check and stop.</summary>
public sealed record BarcodeElement(int X, int Y, string Data, int ModuleDots, int HeightDots, int Modules) : LayoutElement(X, Y)
{
    public override int Width => Modules * ModuleDots;

    public override int Height => HeightDots;
}

/// <summary>A QR code (model 2, level M); <paramref name="Size"/> is the symbol's side in modules, without quiet zone.</summary>
public sealed record QrElement(int X, int Y, string Data, int ModuleDots, int Size) : LayoutElement(X, Y)
{
    public override int Width => Size * ModuleDots;

    public override int Height => Size * ModuleDots;
}

/// <summary>A filled rectangle: rules between sections.</summary>
public sealed record RuleElement(int X, int Y, int RuleWidth, int RuleHeight) : LayoutElement(X, Y)
{
    public override int Width => RuleWidth;

    public override int Height => RuleHeight;
}
