using System.Text.Json;
using System.Text.Json.Serialization;
using Json.Schema;

namespace PackStation.Hardware.Profiles;

/// <summary>Reads one profile file: validates it against <c>profile.schema.json</c>, then binds it.</summary>
public static class ProfileReader
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public static HardwareProfile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"Hardware profile {path} cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    public static HardwareProfile Parse(string json, string source)
    {
        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            element = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ProfileException($"Hardware profile {source} is not valid JSON: {e.Message}", e);
        }

        var result = Schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
            throw new ProfileException($"Hardware profile {source} does not match the schema: {DescribeErrors(result)}");

        var profile = element.Deserialize<HardwareProfile>(JsonOptions)
            ?? throw new ProfileException($"Hardware profile {source} is empty.");
        var expectedId = Path.GetFileNameWithoutExtension(source);
        if (File.Exists(source) && !string.Equals(expectedId, profile.Id, StringComparison.Ordinal))
            throw new ProfileException($"Hardware profile {source} has id \"{profile.Id}\"; the id must be the file name \"{expectedId}\".");
        return profile with { SourcePath = source };
    }

    private static string DescribeErrors(EvaluationResults result)
    {
        var messages = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
            .Distinct()
            .Take(5);
        return string.Join("; ", messages);
    }

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(ProfileReader).Assembly.GetManifestResourceStream("profile.schema.json")
            ?? throw new InvalidOperationException("profile.schema.json is not embedded in PackStation.Hardware.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
