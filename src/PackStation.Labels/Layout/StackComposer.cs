using PackStation.Labels.Raster;

namespace PackStation.Labels.Layout;

/// <summary>
/// Places elements top to bottom inside the margins, the way the templates describe a label: lines of wrapped text,
/// rules, a barcode, a QR code. A QR code can sit at the right of the text that follows it (not on receipt printers,
/// which print one thing per line).
/// </summary>
public sealed class StackComposer
{
    private readonly LabelGeometry _geometry;
    private readonly List<LayoutElement> _elements = [];
    private int _rightLimit;
    private int _sideBottom;

    public StackComposer(LabelGeometry geometry)
    {
        _geometry = geometry ?? throw new ArgumentNullException(nameof(geometry));
        Y = geometry.Margin;
        _rightLimit = Right;
    }

    public int Y { get; private set; }

    public int Left => _geometry.Margin;

    public int Right => _geometry.WidthDots - _geometry.Margin;

    public LabelGeometry Geometry => _geometry;

    /// <summary>No line limit: for what a courier needs whole (address, phone, order number, print time).</summary>
    public const int Whole = int.MaxValue;

    /// <summary>
    /// Wrapped text in the text size <paramref name="step"/> (24 dots at 203 dpi per step); beyond
    /// <paramref name="maxLines"/> lines it ends with "...", so only what may be shortened gets a limit.
    /// </summary>
    public StackComposer Text(string text, int step = 1, bool centered = false, int maxLines = 2)
    {
        if (string.IsNullOrWhiteSpace(text))
            return this;
        var height = _geometry.TextHeight(step);
        var available = _rightLimit - Left;
        foreach (var line in TextMeasure.Wrap(text, height, _geometry.NarrowCharRatio, available, maxLines))
        {
            ReleaseSideColumn();
            available = _rightLimit - Left;
            var width = TextMeasure.Width(line, height, _geometry.NarrowCharRatio);
            var x = centered ? Left + ((available - width) / 2) : Left;
            _elements.Add(new TextElement(x, Y, height, line, width, centered));
            Y += height + (height / 4);
        }

        return this;
    }

    /// <summary>
    /// Fields that belong on one line ("张**  138****5678"): on one line when they fit, otherwise each on lines of
    /// its own, whole, so a phone number is never broken in the middle or shortened.
    /// </summary>
    public StackComposer Fields(int step, bool centered, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var parts = fields.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        var joined = string.Join("  ", parts);
        var height = _geometry.TextHeight(step);
        if (TextMeasure.Width(joined, height, _geometry.NarrowCharRatio) <= AvailableWidth())
            return Text(joined, step, centered, maxLines: 1);
        foreach (var part in parts)
            Text(part, step, centered, Whole);
        return this;
    }

    /// <summary>A full-width rule, with a little space above and below.</summary>
    public StackComposer Rule(int thicknessDots = 2)
    {
        ReleaseSideColumn(force: true);
        Y += _geometry.Mm(0.5);
        _elements.Add(new RuleElement(Left, Y, Right - Left, thicknessDots));
        Y += thicknessDots + _geometry.Mm(1);
        return this;
    }

    public StackComposer Gap(double millimetres)
    {
        Y += _geometry.Mm(millimetres);
        return this;
    }

    /// <summary>
    /// A Code 128 symbol, centred, with the widest whole-dot module (up to <paramref name="maxModuleDots"/>) that leaves a
    /// quiet zone of 10 modules each side; a symbol that does not fit even at one dot per module is an error.
    /// </summary>
    public StackComposer Barcode(string data, double heightMm, int maxModuleDots = 3)
    {
        ReleaseSideColumn(force: true);
        var modules = BarcodeRasterizer.Code128Modules(data).Length;
        var width = Right - Left;
        var module = Enumerable.Range(1, maxModuleDots).Reverse().FirstOrDefault(m => (modules + 20) * m <= width);
        if (module == 0)
            throw new LabelRenderException($"The barcode for \"{data}\" is {modules} modules wide and does not fit in {width} dots.");
        var height = _geometry.Mm(heightMm);
        _elements.Add(new BarcodeElement(Left + ((width - (modules * module)) / 2), Y, data, module, height, modules));
        Y += height + _geometry.Mm(1);
        return this;
    }

    /// <summary>A QR code: at the right margin with text flowing at its left, or centred on its own on receipt printers.</summary>
    public StackComposer Qr(string data, double sideMm)
    {
        ReleaseSideColumn(force: true);
        var size = BarcodeRasterizer.QrMatrix(data).Width;
        var module = Math.Max(1, _geometry.Mm(sideMm) / size);
        var side = size * module;
        if (_geometry.FlowOnly)
        {
            _elements.Add(new QrElement(Left + ((Right - Left - side) / 2), Y, data, module, size));
            Y += side + _geometry.Mm(1);
            return this;
        }

        _elements.Add(new QrElement(Right - side, Y, data, module, size));
        _rightLimit = Right - side - _geometry.Mm(2);
        _sideBottom = Y + side;
        return this;
    }

    /// <summary>Moves down to <paramref name="y"/> dots unless already below it: a block anchored low on the page.</summary>
    public StackComposer AtLeast(int y)
    {
        ReleaseSideColumn(force: true);
        Y = Math.Max(Y, y);
        return this;
    }

    /// <summary>Whether everything placed so far lies on the page (receipt paper always fits).</summary>
    public bool Fits => _geometry.HeightDots == 0 || Math.Max(Y, _sideBottom) <= _geometry.HeightDots;

    public LabelLayout Build(LabelTemplate template)
    {
        ReleaseSideColumn(force: true);
        var height = _geometry.HeightDots > 0 ? _geometry.HeightDots : Y + _geometry.Margin;
        var overflow = _elements.FirstOrDefault(e => e.Bottom > height);
        if (overflow is not null)
            throw new LabelRenderException($"The label content does not fit on a {LabelTemplates.Name(template)} label ({overflow.Bottom} > {height} dots).");
        return new LabelLayout(template, _geometry.Dpi, _geometry.WidthDots, height, _elements.ToList());
    }

    private int AvailableWidth()
    {
        ReleaseSideColumn();
        return _rightLimit - Left;
    }

    private void ReleaseSideColumn(bool force = false)
    {
        if (_rightLimit == Right || (!force && Y < _sideBottom))
            return;
        _rightLimit = Right;
        Y = Math.Max(Y, _sideBottom + _geometry.Mm(1));
    }
}
