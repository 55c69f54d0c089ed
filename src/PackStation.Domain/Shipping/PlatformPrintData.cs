namespace PackStation.Domain.Shipping;

/// <summary>
/// The standard area of a platform e-waybill as the waybill API returned it (Cainiao <c>print_data</c>): the
/// receiver and routing in <see cref="EncryptedData"/>, which only the platform's print component can read, its
/// <see cref="Signature"/>, the standard template and the encryption version. Stored with the parcel and passed to
/// the component untouched; never logged, never shown: <see cref="ToString"/> leaves the secret parts out.
/// </summary>
public sealed record PlatformPrintData(string EncryptedData, string Signature, string TemplateUrl, string Version)
{
    public override string ToString() => $"print data {Version} for {TemplateUrl}";
}
