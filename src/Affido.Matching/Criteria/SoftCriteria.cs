using System.Collections.ObjectModel;

namespace Affido.Matching;

/// <summary>
/// The table of soft criteria: each <see cref="Criterion"/> declared once, with its code, its legal source (when the
/// law states it), its weight in <see cref="MatchingOptions"/> and when it applies. The formulas are in
/// docs/matching.md.
/// </summary>
public static class SoftCriteria
{
    private static readonly CriterionDefinition[] Table = Verified(
    [
        new(Criterion.OriginProximity, "criterion.origin-proximity", LegalSources.FamilyContacts, o => o.OriginProximityWeight),
        new(Criterion.SchoolProximity, "criterion.school-proximity", null, o => o.SchoolProximityWeight, r => r.School is not null),
        new(Criterion.Language, "criterion.language", null, o => o.LanguageWeight, r => r.EffectiveLanguages.Count > 0),
        new(Criterion.Background, "criterion.background", null, o => o.BackgroundWeight, r => r.EffectiveBackgrounds.Count > 0),
        new(Criterion.Experience, "criterion.experience", LegalSources.Carers, o => o.ExperienceWeight),
        new(Criterion.HouseholdFit, "criterion.household-fit", null, o => o.HouseholdFitWeight),
        new(Criterion.DurationAvailability, "criterion.duration-availability", LegalSources.Duration, o => o.DurationAvailabilityWeight),
        new(Criterion.Kinship, "criterion.kinship", LegalSources.KinshipPlacement, o => o.KinshipWeight),
        new(Criterion.WaitingTime, "criterion.waiting-time", null, o => o.WaitingTimeWeight),
    ]);

    /// <summary>Every criterion, in breakdown order (the order of <see cref="Criterion"/>).</summary>
    public static IReadOnlyList<CriterionDefinition> All { get; } = new ReadOnlyCollection<CriterionDefinition>(Table);

    /// <summary>The definition of <paramref name="criterion"/>.</summary>
    /// <param name="criterion">A criterion.</param>
    /// <returns>Its row of the table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined value.</exception>
    public static CriterionDefinition Of(Criterion criterion)
        => (uint)criterion < (uint)Table.Length
            ? Table[(int)criterion]
            : throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not a defined criterion.");

    private static CriterionDefinition[] Verified(CriterionDefinition[] table)
    {
        var values = Enum.GetValues<Criterion>();
        if (values.Length != table.Length || values.Length != ScoreVector.CriterionCount
            || table.Where((row, i) => row.Criterion != (Criterion)i || values[i] != (Criterion)i).Any())
        {
            throw new InvalidOperationException("The table of criteria must have one row per Criterion, in the order of their values.");
        }

        return table;
    }
}
