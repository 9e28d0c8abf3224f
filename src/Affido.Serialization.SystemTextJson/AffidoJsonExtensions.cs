using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// <c>options.ConfigureForAffido()</c>: the one call that makes the library's types read and write as documented in
/// the package README, in the manner of NodaTime's <c>options.ConfigureForNodaTime(...)</c>.
/// </summary>
public static class AffidoJsonExtensions
{
    /// <summary>Configures <paramref name="options"/> for the library's types, without a territory (municipalities as objects).</summary>
    /// <param name="options">The options to configure (not yet used for serialization).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already read-only (it has been used).</exception>
    public static JsonSerializerOptions ConfigureForAffido(this JsonSerializerOptions options) => options.ConfigureForAffido(AffidoJsonSettings.Default);

    /// <summary>
    /// Configures <paramref name="options"/> so that every public data type of Affido.Domain, Affido.Rules and
    /// Affido.Matching round-trips with the library's shapes and is read strictly.
    /// </summary>
    /// <remarks>
    /// <para>What it does: adds the library's converters (dates and periods through NodaTime.Serialization.SystemTextJson,
    /// codes, enums, <see cref="ValueArray{T}"/>, <see cref="NeedProfile"/>, <see cref="LegalSource"/>, and municipalities
    /// by ISTAT code when <see cref="AffidoJsonSettings.Territory"/> is set); puts the source-generated
    /// contracts of the library's types first in the resolver chain, before the resolver already set (or, when none is and
    /// reflection is enabled, before the default reflection resolver), with the contract rules of the library's types
    /// (camelCase names, computed properties not written, unknown properties and missing members rejected), whatever
    /// the naming policy of the options; and, on .NET 9 and later, turns on
    /// <c>JsonSerializerOptions.RespectNullableAnnotations</c> for the whole options, so that an explicit
    /// <c>null</c> for a non-nullable member is an error.</para>
    /// <para>On .NET 8 the last two checks do not exist in System.Text.Json: a <c>null</c> for a non-nullable
    /// reference member is read as <see langword="null"/>, and a positional record's parameter left out takes its
    /// default (the <c>required</c> properties are still enforced). The validators report both.</para>
    /// <para>Call it before the options are first used, and after setting your own <c>TypeInfoResolver</c>, if any.</para>
    /// </remarks>
    /// <param name="options">The options to configure (not yet used for serialization).</param>
    /// <param name="settings">What to configure: the territory municipalities are looked up in.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already read-only (it has been used).</exception>
    public static JsonSerializerOptions ConfigureForAffido(this JsonSerializerOptions options, AffidoJsonSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Territory is { } territory)
        {
            options.Converters.Add(new MunicipalityConverter(territory));
        }

        foreach (var converter in AffidoJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = true;
#endif
        var library = AffidoContract.Resolver;
        var existing = options.TypeInfoResolver ?? DefaultResolver();
        options.TypeInfoResolver = existing is null ? library : JsonTypeInfoResolver.Combine(library, existing);
        return options;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only when reflection is enabled by default, as System.Text.Json itself falls back for options without a resolver.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only when reflection is enabled by default, as System.Text.Json itself falls back for options without a resolver.")]
    private static DefaultJsonTypeInfoResolver? DefaultResolver()
        => JsonSerializer.IsReflectionEnabledByDefault ? new DefaultJsonTypeInfoResolver() : null;
}
