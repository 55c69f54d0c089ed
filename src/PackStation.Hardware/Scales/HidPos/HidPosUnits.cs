namespace PackStation.Hardware.Scales.HidPos;

/// <summary>HID POS weight unit selectors (usage page 0x8D) and their exact grams. The tael is regional and not accepted.</summary>
public static class HidPosUnits
{
    public static bool TryGet(byte code, out string unit, out decimal gramsPerUnit)
    {
        (unit, gramsPerUnit) = code switch
        {
            1 => ("mg", 0.001m),
            2 => ("g", 1m),
            3 => ("kg", 1000m),
            4 => ("ct", 0.2m),
            6 => ("grain", 0.06479891m),
            7 => ("dwt", 1.55517384m),
            8 => ("t", 1_000_000m),
            9 => ("ton", 2000m * WeightUnits.GramsPerPound),
            10 => ("ozt", 31.1034768m),
            11 => ("oz", WeightUnits.GramsPerOunce),
            12 => ("lb", WeightUnits.GramsPerPound),
            _ => ("", 0m),
        };
        return gramsPerUnit != 0;
    }
}
