using System.Reflection;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// The FsCheck generator of each type, found by reflection among the public static <c>Gen&lt;T&gt;</c> properties of
/// the shared generator classes (the first one of a type wins), so that a generator added there is used here at once.
/// </summary>
internal static class GeneratorCatalogue
{
    /// <summary>The classes searched, in order.</summary>
    public static IReadOnlyList<Type> Sources { get; } = [typeof(DomainGenerators), typeof(DomainValueGenerators), typeof(RulesGenerators), typeof(MatchingGenerators)];

    private static readonly Dictionary<Type, Gen<object>> ByType = Build();

    /// <summary>The generator of <paramref name="type"/>: an enum's values, or a generator of the sources.</summary>
    public static bool TryGet(Type type, out Gen<object> gen)
    {
        if (type.IsEnum)
        {
            gen = Gen.Elements(Enum.GetValues(type).Cast<object>().ToArray());
            return true;
        }

        return ByType.TryGetValue(type, out gen!);
    }

    /// <summary>One value of each of <paramref name="types"/>, in order.</summary>
    /// <exception cref="InvalidOperationException">A type has no generator (named).</exception>
    public static Gen<object[]> OneOfEach(IReadOnlyList<Type> types)
    {
        var gens = types.Select(t => TryGet(t, out var gen) ? gen : throw new InvalidOperationException($"No generator for {t.FullName}: add one to Affido.TestSupport/Generators.")).ToArray();
        return Gen.CollectToArray(gens, g => g);
    }

    private static Dictionary<Type, Gen<object>> Build()
    {
        var result = new Dictionary<Type, Gen<object>>();
        foreach (var source in Sources)
        {
            foreach (var property in source.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                var type = property.PropertyType;
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Gen<>) && !result.ContainsKey(type.GetGenericArguments()[0]))
                {
                    var box = typeof(GeneratorCatalogue).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type.GetGenericArguments()[0]);
                    result[type.GetGenericArguments()[0]] = (Gen<object>)box.Invoke(null, [property.GetValue(null)])!;
                }
            }
        }

        return result;
    }

    private static Gen<object> Box<T>(Gen<T> gen) => gen.Select(value => (object)value!);
}
