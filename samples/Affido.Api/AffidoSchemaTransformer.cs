using System.Text.Json.Nodes;
using Affido.Serialization.SystemTextJson;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Affido.Api;

/// <summary>
/// Gives the OpenAPI document the library's own JSON shapes (codes and dates as strings, <c>ValueArray&lt;T&gt;</c> as
/// arrays, needs as an object of levels, enums by name): where <see cref="AffidoJsonSchema.SchemaOf"/> knows a type,
/// its schema replaces the one the exporter made from the contract (which says nothing of a converter's shape).
/// </summary>
internal sealed class AffidoSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var own = AffidoJsonSchema.SchemaOf(context.JsonTypeInfo.Type, context.JsonTypeInfo.Options);
        if (own is not null)
        {
            bool nullable = context.JsonPropertyInfo is { IsGetNullable: true } && !context.JsonTypeInfo.Type.IsValueType;
            Fill(schema, own, nullable);
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Build(JsonObject source)
    {
        var schema = new OpenApiSchema();
        Fill(schema, source, nullable: false);
        return schema;
    }

    private static void Fill(OpenApiSchema target, JsonObject source, bool nullable)
    {
        target.Type = TypeOf(source["type"]) | (nullable ? JsonSchemaType.Null : 0);
        target.Format = (string?)source["format"];
        target.Pattern = (string?)source["pattern"];
        if ((string?)source["description"] is { } description)
        {
            target.Description = description;
        }

        target.Enum = source["enum"] is JsonArray values ? [.. values.Select(v => v?.DeepClone()!)] : null;
        if (nullable && target.Enum is { } names)
        {
            names.Add(null!);
        }

        target.Items = source["items"] is JsonObject items ? Build(items) : null;
        target.Properties = source["properties"] is JsonObject properties
            ? properties.Where(p => p.Value is JsonObject).ToDictionary(p => p.Key, p => (IOpenApiSchema)Build((JsonObject)p.Value!), StringComparer.Ordinal)
            : null;
        target.Required = source["required"] is JsonArray required ? new HashSet<string>(required.Select(r => (string)r!), StringComparer.Ordinal) : null;
        if (source["additionalProperties"] is JsonValue additional && additional.TryGetValue(out bool allowed))
        {
            target.AdditionalPropertiesAllowed = allowed;
        }
    }

    private static JsonSchemaType? TypeOf(JsonNode? type)
    {
        IEnumerable<string> names = type switch
        {
            JsonArray many => many.Select(t => (string)t!),
            JsonValue one => [(string)one!],
            _ => [],
        };
        JsonSchemaType? result = null;
        foreach (string name in names)
        {
            result = (result ?? 0) | name switch
            {
                "string" => JsonSchemaType.String,
                "number" => JsonSchemaType.Number,
                "integer" => JsonSchemaType.Integer,
                "boolean" => JsonSchemaType.Boolean,
                "array" => JsonSchemaType.Array,
                "object" => JsonSchemaType.Object,
                "null" => JsonSchemaType.Null,
                _ => 0,
            };
        }

        return result;
    }
}
