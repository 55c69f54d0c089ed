namespace PackStation.Web.Sheets;

/// <summary>One barcode on a printable sheet: the code, a caption in English and Chinese, and a note.</summary>
public sealed record SheetCard(string Code, string Caption, string CaptionZh, string? Note = null);
