namespace PackStation.Hardware.Printers.EscPos;

/// <summary>QR error correction (GS ( k fn 69): L ~7 %, M ~15 %, Q ~25 %, H ~30 %.</summary>
public enum EscPosQrErrorLevel
{
    L = 48,
    M = 49,
    Q = 50,
    H = 51,
}
