using System.Reflection;
using FluentValidation;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// The public data types of the three packages, found by reflection: what the JSON package must round-trip. A new
/// public type is a data type unless a rule or the documented list below says otherwise, so adding one without a
/// generator or a context entry fails a test that names it.
/// </summary>
internal static class DataTypes
{
    /// <summary>The packages' assemblies.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } = [typeof(Minor).Assembly, typeof(Finding).Assembly, typeof(MatchRequest).Assembly];

    /// <summary>
    /// Public concrete types that are not data, each with the reason. Rules exclude the rest without naming them:
    /// static classes, interfaces, enums (round-tripped separately), generic definitions (<c>ValueArray&lt;T&gt;</c>,
    /// covered through every member that uses it), delegates, exceptions, attributes and FluentValidation validators
    /// (the rules and the filters' specifications are internal).
    /// </summary>
    public static IReadOnlyDictionary<Type, string> NotData { get; } = new Dictionary<Type, string>
    {
        [typeof(Territory)] = "a lookup built from reference data, not a value sent or stored",
        [typeof(KinshipCalculator)] = "a calculator over declared relations (the relations are data: DeclaredRelation)",
        [typeof(MessageCatalogue)] = "the message templates of a package, code",
        [typeof(MessageArgument)] = "a formatting function for a message placeholder, code",
        [typeof(RuleEvaluator)] = "the rule engine (its inputs, the facts, and its output, RuleEvaluation, are data)",
        [typeof(RuleCatalogue)] = "the rules an evaluator runs, code (what they can find is data: FindingKind)",
        [typeof(ContributionCalculator)] = "a calculator (its inputs and outputs are data)",
        [typeof(FindingOrder)] = "a comparer",
        [typeof(VerificationSchedule)] = "a view computed from a Placement and a PlacementPlan by For(): serialize those",
        [typeof(CourtReportSchedule)] = "a view computed from a Placement by For(): serialize the placement",
        [typeof(CarerIndex)] = "the matching index, built from FosterCarer values",
        [typeof(CarerIndexFactory)] = "a factory service",
        [typeof(HardFilterDefinition)] = "a row of the hard filters' table, code (its predicate); a filter is sent as its HardFilter",
        [typeof(CriterionDefinition)] = "a row of the soft criteria's table, code (its weight and applicability); a criterion is sent as its Criterion",
        [typeof(CarerIndexHolder)] = "a service holding the current index (behaviour, not data)",
        [typeof(CarerIndexBuildProgress)] = "a progress report of an index build, passed to IProgress<T> in process, never sent",
        [typeof(SparseScoreMatrix)] = "the solver's in-memory score matrix",
        [typeof(SparseScoreMatrix.Builder)] = "the builder of the solver's matrix",
    };

    /// <summary>Every public data type, ordered by full name.</summary>
    public static IReadOnlyList<Type> All { get; } = [.. Assemblies.SelectMany(a => a.GetExportedTypes()).Where(IsData).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Every public enum of the packages.</summary>
    public static IReadOnlyList<Type> Enums { get; } = [.. Assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The types of the members (properties and constructor parameters) of <paramref name="type"/>, nullable ones unwrapped.</summary>
    public static IEnumerable<Type> MemberTypes(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);

    private static bool IsData(Type type)
    {
        bool isStatic = type.IsAbstract && type.IsSealed;
        if (isStatic || type.IsInterface || type.IsEnum || type.IsAbstract || type.ContainsGenericParameters
            || typeof(Delegate).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type) || typeof(Attribute).IsAssignableFrom(type))
        {
            return false;
        }

        return !typeof(IValidator).IsAssignableFrom(type)
            && !NotData.ContainsKey(type);
    }
}
