using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// The contract rules of the library's object types, applied to whatever options they are read with: camelCase
/// names, computed properties left out, unknown properties and missing constructor parameters rejected.
/// </summary>
/// <remarks>
/// The source-generated <see cref="AffidoJsonContext"/> states the same rules for its own options
/// (<c>JsonSourceGenerationOptions</c>); this modifier keeps them when the context serves the integrator's options,
/// whose naming policy or unmapped-member handling may differ.
/// </remarks>
internal static class AffidoContract
{
    private static readonly Assembly[] Assemblies = [typeof(Minor).Assembly, typeof(Finding).Assembly, typeof(MatchRequest).Assembly];

    /// <summary>The source-generated contracts with these rules: what ConfigureForAffido installs.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = AffidoJsonContext.Default.WithAddedModifier(Apply);

    /// <summary>Whether <paramref name="type"/> is one of the library's own types.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for a type of Affido.Domain, Affido.Rules or Affido.Matching.</returns>
    public static bool IsLibraryType(Type type) => Array.IndexOf(Assemblies, type.Assembly) >= 0;

    /// <summary>Applies the rules to <paramref name="typeInfo"/> when it describes a library object type.</summary>
    /// <param name="typeInfo">The contract being built.</param>
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !IsLibraryType(typeInfo.Type))
        {
            return;
        }

        typeInfo.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        for (int i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (IsComputed(property))
            {
                typeInfo.Properties.RemoveAt(i);
                continue;
            }

            string member = property.AttributeProvider is MemberInfo info ? info.Name : property.Name;
            property.Name = JsonNamingPolicy.CamelCase.ConvertName(member);
#if NET9_0_OR_GREATER
            // A positional record's parameter without a default is required, as a 'required' property is.
            if (property.AssociatedParameter is { IsMemberInitializer: false, HasDefaultValue: false })
            {
                property.IsRequired = true;
            }
#endif
        }
    }

    /// <summary>A property with no setter and no constructor parameter is computed from the others: never written.</summary>
    private static bool IsComputed(JsonPropertyInfo property)
#if NET9_0_OR_GREATER
        => property.Set is null && property.AssociatedParameter is null;
#else
        => property.Set is null;
#endif
}
