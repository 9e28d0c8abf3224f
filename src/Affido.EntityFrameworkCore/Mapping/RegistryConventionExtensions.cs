using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// The type-level part of the registry mapping, for <c>DbContext.ConfigureConventions</c>: the model's list types
/// (<see cref="ValueArray{T}"/> of forms, arrangements, dates, languages, backgrounds, relatives) are declared as
/// scalar properties stored as canonical JSON text before EF Core's conventions look at them.
/// </summary>
/// <remarks>
/// Needed on PostgreSQL: Npgsql's EF Core provider (10.0.3 and 9.0.4) takes any <c>IEnumerable&lt;T&gt;</c> of a
/// mappable element for a PostgreSQL array while discovering properties, and fails on a struct list such as
/// <see cref="ValueArray{T}"/> before <see cref="RegistryModelBuilderExtensions.ApplyAffidoRegistry"/> can configure
/// it. Harmless (and recommended, so that one setup serves every provider) elsewhere.
/// </remarks>
public static class RegistryConventionExtensions
{
    /// <summary>Declares the registry's list types as JSON text columns; call it from <c>ConfigureConventions</c>.</summary>
    /// <param name="configurationBuilder">The context's convention configuration builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is null.</exception>
    public static ModelConfigurationBuilder AddAffidoRegistryConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<ValueArray<PlacementForm>>().HaveConversion<EnumListConverter<PlacementForm>, ValueArrayComparer<PlacementForm>>();
        configurationBuilder.Properties<ValueArray<TimeArrangement>>().HaveConversion<EnumListConverter<TimeArrangement>, ValueArrayComparer<TimeArrangement>>();
        configurationBuilder.Properties<ValueArray<LocalDate>>().HaveConversion<DateListConverter, ValueArrayComparer<LocalDate>>();
        configurationBuilder.Properties<ValueArray<LanguageCode>>().HaveConversion<CodeListConverter<LanguageCode>, ValueArrayComparer<LanguageCode>>();
        configurationBuilder.Properties<ValueArray<BackgroundTag>>().HaveConversion<CodeListConverter<BackgroundTag>, ValueArrayComparer<BackgroundTag>>();
        configurationBuilder.Properties<ValueArray<Relative>>().HaveConversion<RelativeListConverter, ValueArrayComparer<Relative>>();
        return configurationBuilder;
    }
}
