namespace PackStation.Labels;

/// <summary>
/// Makes labels: <see cref="Render"/> gives the exact bytes for the request's printer; <see cref="RenderPng"/> a
/// faithful preview (the same layout, raster text in the label font, the same barcode images). Throws
/// <see cref="LabelRenderException"/> when the label cannot be made correctly (e.g. a barcode that would not scan).
/// Pure CPU work, thread-safe.
/// </summary>
public interface ILabelRenderer
{
    RenderedLabel Render(LabelRequest request);

    byte[] RenderPng(RenderedLabel label);
}
