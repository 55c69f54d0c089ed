using System.Globalization;
using System.Text.RegularExpressions;

namespace PackStation.Web.Tests.Metrics;

/// <summary>
/// A strict reader of the Prometheus text exposition format 0.0.4, written from the format's description (not from
/// PrometheusText): HELP/TYPE lines, metric and label name syntax, label value escapes, Go float values (+Inf, -Inf,
/// NaN), one TYPE per family before its samples, a family's samples together, no duplicate series, a final newline.
/// </summary>
public static partial class PrometheusExposition
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    /// <summary>Every sample as "name{a="x",b="y"}" (labels as written) → value; throws FormatException on the first violation.</summary>
    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        if (!text.EndsWith('\n'))
            throw new FormatException("The text must end with a line feed.");
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        var helped = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var lines = text[..^1].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var where = $"line {i + 1} '{line}'";
            if (line.Length == 0)
                continue;
            if (line.StartsWith('#'))
            {
                var meta = MetaLine().Match(line);
                if (!meta.Success)
                    continue; // a plain comment
                var name = meta.Groups["name"].Value;
                if (meta.Groups["kind"].Value == "TYPE")
                {
                    if (!Types.Contains(meta.Groups["rest"].Value))
                        throw new FormatException($"{where}: unknown type");
                    if (!typed.Add(name) || samples.Keys.Any(k => Family(k) == name))
                        throw new FormatException($"{where}: a second TYPE, or TYPE after samples");
                }
                else if (!helped.Add(name) || BadEscape().IsMatch(meta.Groups["rest"].Value.Replace("\\\\", "", StringComparison.Ordinal)))
                {
                    throw new FormatException($"{where}: a second HELP or a bad escape in it");
                }

                continue;
            }

            var sample = SampleLine().Match(line);
            if (!sample.Success)
                throw new FormatException($"{where}: not a sample line");
            var metric = sample.Groups["name"].Value;
            var family = BaseFamily(metric, typed);
            if (family != current)
            {
                if (current is not null)
                    finished.Add(current);
                if (finished.Contains(family))
                    throw new FormatException($"{where}: the samples of {family} are not together");
                current = family;
            }

            var labels = sample.Groups["labels"].Value;
            var names = LabelPair().Matches(labels).Select(m => m.Groups["label"].Value).ToList();
            if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
                throw new FormatException($"{where}: a label twice");
            if (!samples.TryAdd(metric + (labels.Length > 0 ? "{" + labels.TrimEnd(',') + "}" : ""), ParseValue(sample.Groups["value"].Value, where)))
                throw new FormatException($"{where}: the same series twice");
        }

        return samples;
    }

    public static string Family(string series) => series.Split('{')[0];

    private static string BaseFamily(string metric, HashSet<string> typed)
    {
        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (metric.EndsWith(suffix, StringComparison.Ordinal) && typed.Contains(metric[..^suffix.Length]))
                return metric[..^suffix.Length];
        }

        return metric;
    }

    private static double ParseValue(string text, string where) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when GoFloat().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"{where}: '{text}' is not a Go float"),
    };

    [GeneratedRegex(@"^# (?<kind>HELP|TYPE) (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<rest>.*)$")]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"\\[^n]|\\$")]
    private static partial Regex BadEscape();

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*,?)?)\})? (?<value>\S+)( -?[0-9]+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<label>[a-zA-Z_][a-zA-Z0-9_]*)=""([^""\\\n]|\\[\\""n])*""")]
    private static partial Regex LabelPair();

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex GoFloat();
}
