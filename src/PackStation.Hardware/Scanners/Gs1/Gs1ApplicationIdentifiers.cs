using System.Collections.Frozen;

namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>
/// The GS1 application identifiers PackStation understands (GS1 General Specifications, section 3) with their data
/// formats. "Predefined length" AIs (first digits 00–04, 11–20, 31–36, 41) are never followed by FNC1; every other AI
/// is ended by FNC1 (GS) unless it is last.
/// </summary>
public static class Gs1ApplicationIdentifiers
{
    /// <summary>GS1 AI encodable character set 82, the characters alphanumeric AI data may hold.</summary>
    public const string CharacterSet82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static readonly FrozenSet<char> Set82 = CharacterSet82.ToFrozenSet();

    private static readonly FrozenSet<string> PredefinedPrefixes =
        new[] { "00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "31", "32", "33", "34", "35", "36", "41" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Gs1AiDefinition> Table = Build().ToFrozenDictionary(d => d.Ai, StringComparer.Ordinal);

    public static IEnumerable<Gs1AiDefinition> All => Table.Values.OrderBy(d => d.Ai, StringComparer.Ordinal);

    /// <summary>Finds the AI that starts <paramref name="text"/> at <paramref name="start"/> (AIs are prefix-free).</summary>
    public static bool TryMatch(string text, int start, out Gs1AiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var length = 2; length <= 4 && start + length <= text.Length; length++)
        {
            if (Table.TryGetValue(text.Substring(start, length), out definition!))
                return true;
        }

        definition = null!;
        return false;
    }

    public static bool TryGet(string ai, out Gs1AiDefinition definition) => Table.TryGetValue(ai, out definition!);

    public static bool IsInCharacterSet82(char c) => Set82.Contains(c);

    private static IEnumerable<Gs1AiDefinition> Build()
    {
        yield return N("00", "SSCC", 18, Gs1AiCheck.CheckDigit);
        yield return N("01", "GTIN", 14, Gs1AiCheck.CheckDigit);
        yield return N("02", "CONTENT", 14, Gs1AiCheck.CheckDigit);
        yield return N("03", "MTO GTIN", 14, Gs1AiCheck.CheckDigit);
        yield return An("10", "BATCH/LOT", 20);
        foreach (var (ai, title) in new[] { ("11", "PROD DATE"), ("12", "DUE DATE"), ("13", "PACK DATE"), ("15", "BEST BEFORE or BEST BY"), ("16", "SELL BY"), ("17", "USE BY or EXPIRY") })
            yield return N(ai, title, 6, Gs1AiCheck.Date);
        yield return N("20", "VARIANT", 2);
        yield return An("21", "SERIAL", 20);
        yield return An("22", "CPV", 20);
        yield return An("235", "TPX", 28);
        yield return An("240", "ADDITIONAL ID", 30);
        yield return An("241", "CUST. PART No.", 30);
        yield return Nv("242", "MTO VARIANT", 1, 6);
        yield return An("243", "PCN", 20);
        yield return An("250", "SECONDARY SERIAL", 30);
        yield return An("251", "REF. TO SOURCE", 30);
        yield return new Gs1AiDefinition("253", "GDTI", false, 13, 30, false);
        yield return An("254", "GLN EXTENSION COMPONENT", 20);
        yield return Nv("255", "GCN", 13, 25);
        yield return Nv("30", "VAR. COUNT", 1, 8);
        foreach (var family in new[] { "310", "311", "312", "313", "314", "315", "316", "320", "321", "322", "323", "324", "325", "326", "327", "328", "329", "330", "331", "332", "333", "334", "335", "336", "337", "340", "341", "342", "343", "344", "345", "346", "347", "348", "349", "350", "351", "352", "353", "354", "355", "356", "357", "360", "361", "362", "363", "364", "365", "366", "367", "368", "369" })
        {
            for (var decimals = 0; decimals <= 9; decimals++)
                yield return N(family + decimals, "MEASURE (" + family + "n)", 6);
        }

        yield return Nv("37", "COUNT", 1, 8);
        for (var decimals = 0; decimals <= 9; decimals++)
        {
            yield return Nv("390" + decimals, "AMOUNT", 1, 15);
            yield return Nv("391" + decimals, "AMOUNT (ISO currency)", 4, 18);
            yield return Nv("392" + decimals, "PRICE", 1, 15);
            yield return Nv("393" + decimals, "PRICE (ISO currency)", 4, 18);
            yield return N("394" + decimals, "PRCNT OFF", 4);
            yield return N("395" + decimals, "PRICE/UoM", 6);
        }

        yield return An("400", "ORDER NUMBER", 30);
        yield return An("401", "GINC", 30);
        yield return N("402", "GSIN", 17, Gs1AiCheck.CheckDigit);
        yield return An("403", "ROUTE", 30);
        for (var ai = 410; ai <= 417; ai++)
            yield return N(ai.ToString(System.Globalization.CultureInfo.InvariantCulture), "GLN", 13, Gs1AiCheck.CheckDigit);
        yield return An("420", "SHIP TO POST", 20);
        yield return new Gs1AiDefinition("421", "SHIP TO POST (ISO country)", false, 4, 12, false);
        yield return N("422", "ORIGIN", 3);
        yield return Nv("423", "COUNTRY - INITIAL PROCESS", 3, 15);
        yield return N("424", "COUNTRY - PROCESS", 3);
        yield return Nv("425", "COUNTRY - DISASSEMBLY", 3, 15);
        yield return N("426", "COUNTRY - FULL PROCESS", 3);
        yield return An("427", "ORIGIN SUBDIVISION", 3);
        yield return N("7001", "NSN", 13);
        yield return An("7002", "MEAT CUT", 30);
        yield return N("7003", "EXPIRY TIME", 10);
        yield return Nv("7004", "ACTIVE POTENCY", 1, 4);
        yield return An("7005", "CATCH AREA", 12);
        yield return N("7006", "FIRST FREEZE DATE", 6, Gs1AiCheck.DateExact);
        yield return Nv("7007", "HARVEST DATE", 6, 12);
        yield return An("7008", "AQUATIC SPECIES", 3);
        yield return An("7009", "FISHING GEAR TYPE", 10);
        yield return An("7010", "PROD METHOD", 2);
        yield return An("7020", "REFURB LOT", 20);
        yield return An("7021", "FUNC STAT", 20);
        yield return An("7022", "REV STAT", 20);
        yield return An("7023", "GIAI - ASSEMBLY", 30);
        yield return N("8001", "DIMENSIONS", 14);
        yield return An("8002", "CMT No.", 20);
        yield return new Gs1AiDefinition("8003", "GRAI", false, 14, 30, false);
        yield return An("8004", "GIAI", 30);
        yield return N("8005", "PRICE PER UNIT", 6);
        yield return N("8006", "ITIP", 18);
        yield return An("8007", "IBAN", 34);
        yield return Nv("8008", "PROD TIME", 8, 12);
        yield return An("8010", "CPID", 30);
        yield return Nv("8011", "CPID SERIAL", 1, 12);
        yield return An("8012", "VERSION", 20);
        yield return An("8013", "GMN", 25);
        yield return N("8017", "GSRN - PROVIDER", 18, Gs1AiCheck.CheckDigit);
        yield return N("8018", "GSRN - RECIPIENT", 18, Gs1AiCheck.CheckDigit);
        yield return Nv("8019", "SRIN", 1, 10);
        yield return An("8020", "REF No.", 25);
        yield return N("8026", "ITIP CONTENT", 18);
        yield return An("8200", "PRODUCT URL", 70);
        yield return An("90", "INTERNAL", 30);
        for (var ai = 91; ai <= 99; ai++)
            yield return An(ai.ToString(System.Globalization.CultureInfo.InvariantCulture), "INTERNAL", 90);
    }

    private static bool Predefined(string ai) => PredefinedPrefixes.Contains(ai[..2]);

    private static Gs1AiDefinition N(string ai, string title, int length, Gs1AiCheck check = Gs1AiCheck.None) =>
        new(ai, title, true, length, length, Predefined(ai), check);

    private static Gs1AiDefinition Nv(string ai, string title, int min, int max) => new(ai, title, true, min, max, Predefined(ai));

    private static Gs1AiDefinition An(string ai, string title, int max) => new(ai, title, false, 1, max, Predefined(ai));
}
