using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PackStation.Web.Auth;

namespace PackStation.Web.OpenApi;

/// <summary>
/// Per operation, from the endpoint's own metadata: a summary (the endpoint's name in words where it sets none),
/// which security it needs, and the errors it can answer with — 401 without a login, 403 for a role it lacks (or a
/// first password not yet changed), 400 for a missing antiforgery token or a bad request, 404 for an unknown id in
/// the path, 429 for a throttled login — as problem details.
/// </summary>
public sealed partial class OperationRules : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var path = "/" + (context.Description.RelativePath ?? "");
        if (string.IsNullOrWhiteSpace(operation.Summary))
            operation.Summary = Words(operation.OperationId ?? path);

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<IAuthorizeData>().ToList();
        var changes = !HttpMethods.IsGet(method) && path.StartsWith("/api/", StringComparison.Ordinal)
            && !path.StartsWith("/api/webhooks/", StringComparison.Ordinal);
        var stationToken = metadata.OfType<StationTokenAccess>().Any();
        var document = context.Document;
        operation.Responses ??= new OpenApiResponses();
        operation.Security = [];
        if (stationToken)
        {
            operation.Security.Add(Requirement(document, SecuritySchemes.Session));
            operation.Security.Add(Requirement(document, SecuritySchemes.StationToken));
            if (anonymous && policies.Count == 0)
                operation.Security.Add(new OpenApiSecurityRequirement()); // open sites: no credential needed
            Problem(operation, "401", "No login and no valid station token for this station.");
        }
        else if (!anonymous && policies.Count > 0)
        {
            operation.Security.Add(changes ? Requirement(document, SecuritySchemes.Session, SecuritySchemes.Csrf) : Requirement(document, SecuritySchemes.Session));
            Problem(operation, "401", "Not logged in.");
            if (policies.Any(p => p.Policy is not null || p.Roles is not null))
                Problem(operation, "403", "Logged in without the role this needs (changes: a supervisor whose first password is changed).");
        }
        else if (changes)
        {
            operation.Security.Add(Requirement(document, SecuritySchemes.Csrf));
        }
        else
        {
            operation.Security.Add(new OpenApiSecurityRequirement()); // anonymous
        }

        if (changes)
            Problem(operation, "400", "The request is malformed, or the X-CSRF-TOKEN header is missing or wrong.");
        else if (operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true)
            Problem(operation, "400", "A query parameter is malformed.");
        if (path.Contains('{', StringComparison.Ordinal))
            Problem(operation, "404", "No such " + Words(Regex.Match(path, @"/([a-z]+)/\{").Groups[1].Value).TrimEnd('s') + ".");
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        return requirement;
    }

    /// <summary>Adds an error response as problem details, unless the endpoint declared that status itself.</summary>
    public static void Problem(OpenApiOperation operation, string status, string description)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Responses ??= new OpenApiResponses();
        if (operation.Responses.ContainsKey(status))
            return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = ProblemSchema() },
            },
        };
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    /// <summary>"ListHeldOrders" → "List held orders".</summary>
    private static string Words(string name)
    {
        var words = Capitals().Replace(name.Trim('/'), " $1").Trim().ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Capitals();
}
