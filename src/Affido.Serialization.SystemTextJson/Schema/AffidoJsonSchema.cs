using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
#if NET9_0_OR_GREATER
using System.Text.Json.Schema;
#endif
using FluentValidation.Results;
using NodaTime;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// JSON schemas of the library's shapes, for OpenAPI documents and validators of incoming JSON.
/// </summary>
/// <remarks>
/// <para>System.Text.Json's <c>JsonSchemaExporter</c> (.NET 9 and later, which ASP.NET Core's OpenAPI document uses)
/// describes object types from their contracts, but knows nothing of a converter's shape: a code, a date, a period,
/// an enum, a <see cref="ValueArray{T}"/>, a <see cref="NeedProfile"/> or a FluentValidation
/// <see cref="ValidationFailure"/> would come out as <c>{}</c> ("anything").
/// <see cref="SchemaOf"/> gives the library's schema of such a type; <c>TransformSchemaNode</c> (.NET 9 and later)
/// plugs it into the exporter; <c>ExporterOptions</c> is the exporter's options with it.</para>
/// <para>ASP.NET Core (Microsoft.AspNetCore.OpenApi), after <c>ConfigureHttpJsonOptions(o =&gt;
/// o.SerializerOptions.ConfigureForAffido(...))</c>: add a schema transformer that, when
/// <c>AffidoJsonSchema.SchemaOf(context.JsonTypeInfo.Type, context.JsonTypeInfo.Options)</c> is not null, sets the
/// OpenAPI schema from it (type, format, pattern, enum, items, properties); the package README shows one.</para>
/// </remarks>
public static class AffidoJsonSchema
{
    private const string IstatPattern = "^[0-9]{6}$";

    /// <summary>
    /// The schema of <paramref name="type"/> when the library gives it a shape of its own (a code, an enum, a NodaTime
    /// value, a <see cref="NeedProfile"/>, a <see cref="LegalSource"/>, a <see cref="ValueArray{T}"/>, a
    /// <see cref="Municipality"/> by ISTAT code, a <see cref="ValidationFailure"/>), or <see langword="null"/> for an
    /// object type, which the exporter describes from its contract. A nullable value type (<c>LocalDate?</c>) also admits <c>null</c>.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <param name="options">The options configured with <c>ConfigureForAffido</c> (they tell whether municipalities are codes).</param>
    /// <returns>A new schema object, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JsonObject? SchemaOf(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var underlying = Nullable.GetUnderlyingType(type);
        var schema = Own(underlying ?? type, options);
        if (schema is not null && underlying is not null)
        {
            AllowNull(schema);
        }

        return schema;
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// The exporter's options with <see cref="TransformSchemaNode"/>, non-nullable members as the library annotates
    /// them: <c>JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(MatchRequest), AffidoJsonSchema.ExporterOptions)</c>.
    /// </summary>
    public static JsonSchemaExporterOptions ExporterOptions { get; } = new() { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = TransformSchemaNode };

    /// <summary>
    /// A <see cref="JsonSchemaExporterOptions.TransformSchemaNode"/> that replaces the exporter's <c>{}</c> for the
    /// library's own shapes with <see cref="SchemaOf"/> (admitting <c>null</c> for a nullable member), and leaves every
    /// other schema as it is.
    /// </summary>
    /// <param name="context">The exporter's context.</param>
    /// <param name="schema">The schema the exporter made.</param>
    /// <returns>The schema to use.</returns>
    public static JsonNode TransformSchemaNode(JsonSchemaExporterContext context, JsonNode schema)
    {
        var own = SchemaOf(context.TypeInfo.Type, context.TypeInfo.Options);
        if (own is null)
        {
            return schema;
        }

        if (context.PropertyInfo is { IsGetNullable: true } && !context.TypeInfo.Type.IsValueType)
        {
            AllowNull(own);
        }

        return own;
    }
#endif

    private static JsonObject? Own(Type type, JsonSerializerOptions options)
    {
        var converter = options.Converters.FirstOrDefault(c => c.Type == type);
        if (converter is IEnumNames names)
        {
            return String(enumNames: names.JsonNames);
        }

        if (type == typeof(LocalDate))
        {
            return String(format: "date");
        }

        if (type == typeof(Period))
        {
            return String(format: "duration", description: "An ISO 8601 period, units kept as given (e.g. P24M, P1Y6M, P2W).");
        }

        if (type == typeof(Instant))
        {
            return String(format: "date-time");
        }

        if (type == typeof(YearMonth))
        {
            return String(pattern: "^-?[0-9]{4,}-[0-9]{2}$");
        }

        if (type == typeof(IstatCode))
        {
            return String(pattern: IstatPattern);
        }

        if (type == typeof(LanguageCode))
        {
            return String(pattern: "^[a-z]{2}$");
        }

        if (converter is ICodeShape)
        {
            return String();
        }

        if (type == typeof(LegalSource))
        {
            return String(description: "A citation, e.g. \"L. 184/1983 art. 4 c. 4\".");
        }

        if (type == typeof(NeedProfile))
        {
            var properties = new JsonObject();
            foreach (string category in NeedProfileConverter.CategoryJsonNames)
            {
                properties[category] = String(enumNames: NeedProfileConverter.LevelJsonNames);
            }

            return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        }

        if (converter is ValidationFailureConverter)
        {
            return ValidationFailureSchema();
        }

        if (type == typeof(Municipality) && options.Converters.Any(c => c is MunicipalityConverter))
        {
            return String(pattern: IstatPattern, description: "The municipality's ISTAT code.");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Items(type.GetGenericArguments()[0], options) };
        }

        return null;
    }

    private static JsonObject ValidationFailureSchema()
    {
        var text = new JsonObject { ["type"] = new JsonArray("string", "null") };
        var properties = new JsonObject
        {
            ["propertyName"] = text.DeepClone(),
            ["errorCode"] = text.DeepClone(),
            ["errorMessage"] = text.DeepClone(),
            ["severity"] = String(enumNames: ValidationFailureConverter.SeverityJsonNames),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A validation failure: the path of the member, the stable code and the message; the value that failed is never written.",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. ValidationFailureConverter.MemberNames.Select(n => (JsonNode)n)]),
            ["additionalProperties"] = false,
        };
    }

#pragma warning disable CA1859 // On .NET 8 both branches are objects; the exporter's result is a JsonNode.
    private static JsonNode Items(Type element, JsonSerializerOptions options)
    {
        if (Own(element, options) is { } own)
        {
            return own;
        }
#if NET9_0_OR_GREATER
        return JsonSchemaExporter.GetJsonSchemaAsNode(options, element, ExporterOptions);
#else
        return new JsonObject { ["type"] = "object" };
#endif
    }
#pragma warning restore CA1859

    private static JsonObject String(string? format = null, string? pattern = null, string? description = null, IReadOnlyList<string>? enumNames = null)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (format is not null)
        {
            schema["format"] = format;
        }

        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        if (enumNames is not null)
        {
            schema["enum"] = new JsonArray([.. enumNames.Select(n => (JsonNode)n)]);
        }

        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }

    private static void AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.GetValue<string>() is { } single)
        {
            schema["type"] = new JsonArray(single, "null");
        }

        if (schema["enum"] is JsonArray values)
        {
            values.Add(null);
        }
    }
}
