namespace PackStation.Labels.Layout;

/// <summary>A label as placed elements on a page of <see cref="WidthDots"/> x <see cref="HeightDots"/> dots.</summary>
public sealed record LabelLayout(LabelTemplate Template, int Dpi, int WidthDots, int HeightDots, IReadOnlyList<LayoutElement> Elements);
