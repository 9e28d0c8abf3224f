using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Affido.Serialization.SystemTextJson;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Sdk;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>One generated value of every public data type and enum of the packages (<see cref="DataTypes"/>).</summary>
/// <param name="Values">The values, in the order of <see cref="Types"/>.</param>
public sealed record EveryDataType(object[] Values)
{
    /// <summary>The types, in order: the data types, then the enums.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. DataTypes.All, .. DataTypes.Enums];

    /// <summary>Only the types and values of value, for FsCheck's report.</summary>
    public override string ToString() => $"{Values.Length} values";
}

/// <summary>The arbitrary of <see cref="EveryDataType"/>.</summary>
public static class EveryDataTypeArbitrary
{
    /// <summary>One value of each type, from the shared generators.</summary>
    public static Arbitrary<EveryDataType> EveryDataType() => GeneratorCatalogue.OneOfEach(Tests.EveryDataType.Types).Select(v => new EveryDataType(v)).ToArbitrary();
}

/// <summary>
/// Write, read, equal: every public data type round-trips through real System.Text.Json, with and without a
/// territory, and from the source-generated contracts alone (no reflection, as in a native-AOT application).
/// </summary>
public sealed class RoundTripProperties
{
    [Property(Arbitrary = [typeof(EveryDataTypeArbitrary)], MaxTest = 200)]
    public void Every_data_type_round_trips_through_ConfigureForAffido(EveryDataType sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        for (int i = 0; i < sample.Values.Length; i++)
        {
            RoundTrips(EveryDataType.Types[i], sample.Values[i], Json.Options);
        }
    }

    [Property(Arbitrary = [typeof(EveryDataTypeArbitrary)], MaxTest = 100)]
    public void Every_data_type_round_trips_with_municipalities_by_ISTAT_code(EveryDataType sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        for (int i = 0; i < sample.Values.Length; i++)
        {
            RoundTrips(EveryDataType.Types[i], sample.Values[i], Json.WithTerritory);
        }
    }

    [Property(Arbitrary = [typeof(EveryDataTypeArbitrary)], MaxTest = 100)]
    public void Every_data_type_round_trips_from_source_generated_contracts_without_reflection(EveryDataType sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        for (int i = 0; i < sample.Values.Length; i++)
        {
            RoundTrips(EveryDataType.Types[i], sample.Values[i], NoReflection);
            string expected = JsonSerializer.Serialize(sample.Values[i], EveryDataType.Types[i], Json.Options);
            Assert.Equal(expected, JsonSerializer.Serialize(sample.Values[i], EveryDataType.Types[i], NoReflection));
        }
    }

    /// <summary>Options whose only resolver besides the library's refuses every type: what a native-AOT app has.</summary>
    private static JsonSerializerOptions NoReflection { get; } = Json.Configure(new JsonSerializerOptions { TypeInfoResolver = new RefusingResolver() });

    private sealed class RefusingResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
            => throw new XunitException($"{type.FullName} was asked of the integrator's resolver: it is not in the library's source-generated contracts.");
    }

    /// <summary>Writes, reads and compares <paramref name="value"/>; writes again and compares the JSON.</summary>
    internal static void RoundTrips(Type type, object value, JsonSerializerOptions options)
    {
        string json;
        object? back;
        try
        {
            json = JsonSerializer.Serialize(value, type, options);
            back = JsonSerializer.Deserialize(json, type, options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new XunitException($"{type.FullName} does not round-trip: {ex.GetType().Name}: {ex.Message}");
        }

        if (!Equals(value, back))
        {
            throw new XunitException($"{type.FullName} does not round-trip: {value} was written{Environment.NewLine}{json}{Environment.NewLine}and read back as {back}");
        }

        string again = JsonSerializer.Serialize(back, type, options);
        if (again != json)
        {
            throw new XunitException($"{type.FullName} is not written the same way twice:{Environment.NewLine}{json}{Environment.NewLine}{again}");
        }
    }
}
