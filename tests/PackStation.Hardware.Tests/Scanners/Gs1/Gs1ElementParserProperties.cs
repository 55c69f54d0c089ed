using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PackStation.Hardware.Scanners.Gs1;

namespace PackStation.Hardware.Tests.Scanners.Gs1;

/// <summary>Properties of the GS1 parser: it never throws, and valid element strings round-trip in both forms.</summary>
public sealed class Gs1ElementParserProperties
{
    private const int Year = 2026;

    [Property(MaxTest = 500)]
    public void Parse_AnyText_NeverThrows(string? text)
    {
        _ = Gs1ElementParser.Parse(text ?? "", Year);
        _ = Gs1ElementParser.ParseBracketed(text ?? "", Year);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Gs1Arbitraries)])]
    public void Parse_Gs1LikeNoise_NeverThrows(Gs1Noise noise)
    {
        _ = Gs1ElementParser.Parse(noise.Text, Year);
        _ = Gs1ElementParser.ParseBracketed(noise.Text, Year);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Gs1Arbitraries)])]
    public bool Parse_FormattedValidElements_RoundTrips(ValidElements elements)
    {
        var result = Gs1ElementParser.Parse(Gs1ElementParser.Format(elements.Items), Year);
        return result.IsValid && result.Elements!.SequenceEqual(elements.Items);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Gs1Arbitraries)])]
    public bool ParseBracketed_FormattedValidElements_RoundTrips(ValidElements elements)
    {
        var result = Gs1ElementParser.ParseBracketed(Gs1ElementParser.FormatBracketed(elements.Items), Year);
        return result.IsValid && result.Elements!.SequenceEqual(elements.Items);
    }

    public sealed record ValidElements(KeyValuePair<string, string>[] Items)
    {
        public override string ToString() => Gs1ElementParser.FormatBracketed(Items);
    }

    public sealed record Gs1Noise(string Text);

    public static class Gs1Arbitraries
    {
        private static readonly char[] Digits = "0123456789".ToCharArray();
        private static readonly char[] Set82NoBracket = Gs1ApplicationIdentifiers.CharacterSet82.Where(c => c is not '(').ToArray();

        public static Arbitrary<ValidElements> Elements() =>
            Gen.SubListOf(Generators())
                .Where(list => list.Count > 0)
                .SelectMany(list => Gen.Shuffle(list.ToArray()))
                .SelectMany(gens => Sequence(gens))
                .Select(items => new ValidElements(items))
                .ToArbitrary();

        public static Arbitrary<Gs1Noise> Noise() =>
            Gen.Choose(0, 60)
                .SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789\u001D()ABz%".ToCharArray()), n))
                .Select(chars => new Gs1Noise(new string(chars)))
                .ToArbitrary();

        private static Gen<KeyValuePair<string, string>[]> Sequence(IEnumerable<Gen<KeyValuePair<string, string>>> gens) =>
            gens.Aggregate(
                Gen.Constant(Array.Empty<KeyValuePair<string, string>>()),
                (acc, gen) => acc.SelectMany(items => gen.Select(item => items.Append(item).ToArray())));

        private static Gen<KeyValuePair<string, string>>[] Generators() =>
        [
            WithCheckDigit("00", 18),
            WithCheckDigit("01", 14),
            WithCheckDigit("414", 13),
            Text("10", 20),
            Text("21", 20),
            Text("400", 30),
            Date("17"),
            Date("11"),
            Numeric("3103", 6, 6),
            Numeric("30", 1, 8),
            Numeric("8005", 6, 6),
            Numeric("20", 2, 2),
        ];

        private static Gen<KeyValuePair<string, string>> WithCheckDigit(string ai, int length) =>
            Gen.ArrayOf(Gen.Elements(Digits), length - 1)
                .Select(chars => new string(chars))
                .Select(body => new KeyValuePair<string, string>(ai, body + Gs1CheckDigit.Compute(body)));

        private static Gen<KeyValuePair<string, string>> Numeric(string ai, int min, int max) =>
            Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Digits), n))
                .Select(chars => new KeyValuePair<string, string>(ai, new string(chars)));

        private static Gen<KeyValuePair<string, string>> Text(string ai, int max) =>
            Gen.Choose(1, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Set82NoBracket), n))
                .Select(chars => new KeyValuePair<string, string>(ai, new string(chars)));

        private static Gen<KeyValuePair<string, string>> Date(string ai) =>
            from yy in Gen.Choose(0, 99)
            from mm in Gen.Choose(1, 12)
            from dd in Gen.Choose(0, 28)
            select new KeyValuePair<string, string>(ai, $"{yy:D2}{mm:D2}{dd:D2}");
    }
}
