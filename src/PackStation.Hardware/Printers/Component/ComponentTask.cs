namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// One <c>print</c> task for a platform print component: one document (Cainiao advises one per task, so a reprint of
/// a batch cannot repeat a label). <see cref="ContentsJson"/> is the document's <c>contents</c> array as JSON: the
/// platform's encrypted standard area first, then PackStation's own custom area as plain data. It is secret (it
/// carries the encrypted data) and is never logged.
/// </summary>
public sealed record ComponentTask(string TaskId, string DocumentId, string ContentsJson)
{
    public override string ToString() => $"task {TaskId} (document {DocumentId})";
}
