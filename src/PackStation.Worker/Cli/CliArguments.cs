namespace PackStation.Worker.Cli;

/// <summary>
/// The words after the command name: <c>--name value</c> options, <c>--flag</c> switches and positional words.
/// An option named in <c>flags</c> never takes a value.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public CliArguments(IEnumerable<string> words, IReadOnlySet<string> flags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(flags);
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                _positional.Add(word);
                continue;
            }

            var name = word[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                _options[name[..equals]] = name[(equals + 1)..];
            else if (flags.Contains(name) || i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))
                _flags.Add(name);
            else
                _options[name] = list[++i];
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Has(string flag) => _flags.Contains(flag) || _options.ContainsKey(flag);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"--{name} is required.");

    /// <summary>The value of <c>--name</c>, one of <paramref name="choices"/>; the first choice when it is not given.</summary>
    public string GetChoice(string name, params string[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = Get(name) ?? choices[0];
        return choices.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new CliUsageException($"--{name} must be {string.Join(" or ", choices)}, not \"{text}\".");
    }

    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
            return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new CliUsageException($"--{name} must be a whole number, not \"{text}\".");
    }

    public TimeSpan GetSeconds(string name, TimeSpan fallback)
    {
        var text = Get(name);
        if (text is null)
            return fallback;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new CliUsageException($"--{name} must be a number of seconds, not \"{text}\".");
    }
}
