using System.Text.Json.Serialization;
using Affido.Serialization.SystemTextJson;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// What makes "every public type round-trips" true for the next type too: each data type has a generator and an entry
/// in the source-generated context, and each enum, code and <c>ValueArray&lt;T&gt;</c> has its converter.
/// </summary>
public sealed class CoverageTests
{
    [Fact]
    public void The_packages_have_data_types_to_cover()
    {
        // Guards the reflection itself: a broken filter would make the coverage tests pass on nothing.
        Assert.Contains(typeof(MatchRequest), DataTypes.All);
        Assert.Contains(typeof(FosterCarer), DataTypes.All);
        Assert.Contains(typeof(RuleEvaluation), DataTypes.All);
        Assert.Contains(typeof(NeedProfile), DataTypes.All);
        Assert.DoesNotContain(typeof(MinorValidator), DataTypes.All);
        Assert.True(DataTypes.All.Count > 70, $"only {DataTypes.All.Count} data types found");
    }

    [Fact]
    public void Every_public_data_type_has_a_generator()
    {
        var missing = EveryDataType.Types.Where(t => !GeneratorCatalogue.TryGet(t, out _)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "No FsCheck generator (a public static Gen<T> in Affido.TestSupport/Generators) for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_public_data_type_is_in_the_source_generated_context()
    {
        var missing = EveryDataType.Types.Where(t => AffidoJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Add [JsonSerializable(typeof(...))] to AffidoJsonContext for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_enum_code_and_collection_of_a_data_type_has_its_own_converter()
    {
        var converters = AffidoJsonContext.Default.Options.Converters;
        var needed = DataTypes.All.SelectMany(DataTypes.MemberTypes).Concat(DataTypes.Enums)
            .SelectMany(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueArray<>) ? [t, t.GetGenericArguments()[0]] : new[] { t })
            .Where(t => t.IsEnum || IsCode(t) || (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueArray<>)))
            .Distinct();
        var missing = needed.Where(t => !converters.Any(c => c is JsonConverter converter && converter.Type == t))
            .Select(t => t.IsEnum ? $"typeof(EnumConverter<{t.Name}>)" : IsCode(t) ? $"typeof(CodeConverter<{t.Name}>)" : $"typeof(ValueArrayConverter<{t.GetGenericArguments()[0].Name}>)")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Add to the Converters of AffidoJsonContext: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_exclusion_list_names_only_types_that_exist_and_are_public()
    {
        Assert.All(DataTypes.NotData.Keys, t => Assert.True(t.IsVisible, t.FullName));
    }

    private static bool IsCode(Type type) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICode<>));
}
