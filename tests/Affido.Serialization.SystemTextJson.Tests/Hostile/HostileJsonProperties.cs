using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Affido.TestSupport.HostileCall;

namespace Affido.Serialization.SystemTextJson.Tests;

/// <summary>
/// The hostile-input suite of Affido.Serialization.SystemTextJson (issue 12): each public input type, read through
/// <c>ConfigureForAffido()</c> from ARBITRARY or malformed JSON text (a valid document with up to three values replaced
/// by hostile ones, a null put in a list, cut short, read as invalid UTF-8, or text that is not JSON at all), gives a
/// <see cref="JsonException"/>, or a value that its validator then answers with failures naming the member; never
/// another exception, never a hang.
/// </summary>
public sealed partial class HostileJsonProperties
{
    private static readonly IClock Clock = RomeClock.At(DomainGenerators.ReferenceDate);

    /// <summary>Values a hostile document puts where a value was.</summary>
    private static readonly string[] HostileValues =
    [
        "null", "\"\"", "\" \"", "0", "-1", "1e309", "-1e309", "1e308", "NaN", "\"NaN\"", "\"Infinity\"", "2147483648", "-2147483649",
        "79228162514264337593543950336", "true", "[]", "{}", "[null]", "{\"x\":1}", "\"0001-01-01\"", "\"0001-01-05\"", "\"-0005-06-01\"",
        "\"9999-01-01\"", "\"9999-12-31\"", "\"2026-02-30\"", "\"P1000000Y\"", "\"PT1H\"", "\"P1M-29D\"", "\"P0D\"", "\"\\u001b[31m\"",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\u202e\"", "\"" + new string('x', 70_000) + "\"", "\"M000001\"", "\"Urgent\"", "\"urgent\"", "99",
    ];

    /// <summary>Texts that are not JSON, or not the JSON of an object.</summary>
    private static readonly string[] NotJson =
        ["", " ", "nul", "{", "}", "[", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "\u00ff\u00fe", "[[[[[[[[[[", "{\"a\":1}{}", "1", "\"text\"", "null", "[]"];

    [GeneratedRegex("""(?<=[:\[,]\s*)("(?:[^"\\]|\\.)*"|-?\d[\d.eE+\-]*|true|false|null)""")]
    private static partial Regex JsonValue();

    /// <summary>JSON texts for <typeparamref name="T"/>: a valid document of <paramref name="valid"/> mutated, or garbage.</summary>
    private static Gen<string> Documents<T>(Gen<T> valid) => Gen.Frequency(
        (1, Gen.Elements(NotJson)),
        (8, from value in valid
            from territory in DomainGenerators.Booleans
            from edits in Gen.Choose(0, 3)
            from choices in Gen.Choose(0, int.MaxValue - 1).ArrayOf(edits)
            from hostile in Gen.Elements(HostileValues).ArrayOf(edits)
            from cut in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, 10_000)))
            select Mutate(JsonSerializer.Serialize(value, territory ? Json.WithTerritory : Json.Options), choices, hostile, cut)));

    private static string Mutate(string json, int[] choices, string[] hostile, int cut)
    {
        for (int i = 0; i < choices.Length; i++)
        {
            var values = JsonValue().Matches(json);
            if (values.Count == 0)
            {
                break;
            }

            var target = values[choices[i] % values.Count];
            json = choices[i] % 7 == 0 && json.IndexOf('[', StringComparison.Ordinal) is >= 0 and var open
                ? json.Insert(open + 1, "null,")
                : new StringBuilder(json).Remove(target.Index, target.Length).Insert(target.Index, hostile[i]).ToString();
        }

        return cut >= 0 && cut < json.Length ? json[..cut] : json;
    }

    /// <summary>Reads each document with both option sets; a value read is validated by <paramref name="validator"/>.</summary>
    private static Property Reads<T>(Gen<T> valid, IValidator<T>? validator) => Prop.ForAll(Documents(valid).ToArbitrary(), json => Holds(
        JsonProblem("Deserialize", () => JsonSerializer.Deserialize<T>(json, Json.Options), v => Validated(v, validator)),
        JsonProblem("Deserialize (territory)", () => JsonSerializer.Deserialize<T>(json, Json.WithTerritory), v => Validated(v, validator)),
        // The same text as Latin-1 bytes: any accent, emoji or escape character is then invalid UTF-8.
        JsonProblem("Deserialize (invalid UTF-8)", () => JsonSerializer.Deserialize<T>(Encoding.Latin1.GetBytes(json), Json.Options), v => Validated(v, validator))));

    private static string? Validated<T>(T? value, IValidator<T>? validator)
        => value is null || validator is null ? null : Problem("Validate", () => validator.Validate(value), [], r => Unnamed(r.Errors));

    [Property(Hostile = true)]
    public Property MatchRequest_from_json() => Reads(MatchingGenerators.MatchRequests, new MatchRequestValidator());

    [Property(Hostile = true)]
    public Property PlanningRequest_from_json() => Reads(MatchingGenerators.PlanningRequests, null);

    [Property(Hostile = true)]
    public Property MatchingOptions_from_json() => Reads(MatchingGenerators.MatchingOptionSets, new MatchingOptionsValidator());

    [Property(Hostile = true)]
    public Property MatchDecision_from_json() => Reads(MatchingGenerators.MatchDecisions, new MatchDecisionValidator());

    [Property(Hostile = true)]
    public Property FosterCarer_from_json() => Reads(DomainGenerators.FosterCarers, new FosterCarerValidator(Clock));

    [Property(Hostile = true)]
    public Property Minor_from_json() => Reads(DomainGenerators.Minors, new MinorValidator());

    [Property(Hostile = true)]
    public Property Placement_from_json() => Reads(DomainGenerators.Placements, new PlacementValidator());

    [Property(Hostile = true)]
    public Property PlacementPlan_from_json() => Reads(DomainGenerators.PlacementPlans, new PlacementPlanValidator());

    [Property(Hostile = true)]
    public Property DistrictPolicy_from_json() => Reads(RulesGenerators.DistrictPolicies, new DistrictPolicyValidator());

    [Property(Hostile = true)]
    public Property CaseFacts_from_json() => Reads(RulesGenerators.CaseFactSets, new CaseFactsValidator());

    [Property(Hostile = true)]
    public Property CivilProceeding_from_json() => Reads(RulesGenerators.CivilProceedings, new CivilProceedingValidator());

    [Property(Hostile = true)]
    public Property InformalHosting_from_json() => Reads(RulesGenerators.InformalHostings, new InformalHostingValidator());

    [Property(Hostile = true)]
    public Property ProposedPlacement_from_json() => Reads(RulesGenerators.ProposedPlacements, new ProposedPlacementValidator());

    [Property(Hostile = true)]
    public Property RegistryEntry_from_json() => Reads(RulesGenerators.RegistryEntries, new RegistryEntryValidator());

    [Property(Hostile = true)]
    public Property ServicePlacementOrder_from_json() => Reads(RulesGenerators.ServicePlacementOrders, new ServicePlacementOrderValidator());

    [Property(Hostile = true)]
    public Property UrgentRemovalFacts_from_json() => Reads(RulesGenerators.UrgentRemovalFactSets, new UrgentRemovalFactsValidator());

    [Property(Hostile = true)]
    public Property ContributionRequest_and_ExtraordinaryRequest_from_json() => Prop.ForAll(
        Gen.Zip(Documents(RulesGenerators.ContributionRequests), Documents(RulesGenerators.ExtraordinaryRequests)).ToArbitrary(), input => Holds(
            JsonProblem("ContributionRequest", () => JsonSerializer.Deserialize<ContributionRequest>(input.Item1, Json.Options)),
            JsonProblem("ExtraordinaryRequest", () => JsonSerializer.Deserialize<ExtraordinaryRequest>(input.Item2, Json.Options))));
}
