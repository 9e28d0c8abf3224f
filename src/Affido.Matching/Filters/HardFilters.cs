using System.Collections.ObjectModel;
using System.Linq.Expressions;
using Ardalis.Specification;

namespace Affido.Matching;

/// <summary>
/// The table of hard filters: each <see cref="HardFilter"/> declared once, with its reason code, its legal source and
/// its condition; and the filters as Ardalis specifications over <see cref="FosterCarer"/>, for a registry kept in a
/// database (<c>carers.WithSpecification(HardFilters.Prefilter(request))</c>) or in memory.
/// </summary>
/// <remarks>
/// <para>Each condition is a plain LINQ expression over the members of <see cref="FosterCarer"/>, with the request's
/// values captured as locals (no call to a helper or to an instance method), so that a LINQ provider such as EF Core
/// can translate it where its mapping allows. <see cref="CarerIndex"/> computes the same conditions over its columns:
/// a property test keeps the specification and the index in agreement on random registries and requests.</para>
/// <para>The conditions assume carers that pass <see cref="FosterCarerValidator"/> and a request that passes
/// <see cref="MatchRequestValidator"/> (a request lacking what the filters read is an <see cref="ArgumentException"/>).
/// docs/matching.md states each condition in words.</para>
/// </remarks>
public static class HardFilters
{
    private static readonly HardFilterDefinition[] Table = Verified(
    [
        new(HardFilter.Consent, LegalFactCodes.RegistryConsentMissing, LegalSources.DataProcessingConsent, Consent),
        new(HardFilter.Status, "carer.status.not-eligible", LegalSources.Carers, Status),
        new(HardFilter.Availability, "carer.availability.not-at-start", LegalSources.Carers, Availability),
        new(HardFilter.FormAndArrangement, "carer.form-or-arrangement.not-accepted", LegalSources.PlacementTypes, FormAndArrangement),
        new(HardFilter.Places, "carer.places.not-enough", LegalSources.Minors, Places),
        new(HardFilter.AgeRange, "carer.age-range.not-accepted", LegalSources.Carers, AgeRange),
        new(HardFilter.Needs, "carer.needs.not-accepted", LegalSources.Carers, Needs),
        new(HardFilter.Protection, "carer.protection.too-close", LegalSources.ProtectionFromFamily, Protection),
        new(HardFilter.Kinship, "carer.kinship.not-a-relative", LegalSources.KinshipPlacement, Kinship),
        new(HardFilter.ConflictOfInterest, LegalFactCodes.CarerConflictOfInterest, LegalSources.ConflictOfInterest, ConflictOfInterest),
    ]);

    /// <summary>Every hard filter, in the order they are applied (the order of <see cref="HardFilter"/>).</summary>
    public static IReadOnlyList<HardFilterDefinition> All { get; } = new ReadOnlyCollection<HardFilterDefinition>(Table);

    /// <summary>The number of hard filters.</summary>
    public static int Count => Table.Length;

    /// <summary>The definition of <paramref name="filter"/>.</summary>
    /// <param name="filter">A filter.</param>
    /// <returns>Its row of the table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> is not a defined value.</exception>
    public static HardFilterDefinition Of(HardFilter filter)
        => (uint)filter < (uint)Table.Length
            ? Table[(int)filter]
            : throw new ArgumentOutOfRangeException(nameof(filter), filter, "Not a defined hard filter.");

    /// <summary>
    /// Every hard filter for <paramref name="request"/> as one specification: the carers it keeps are exactly those a
    /// search of <see cref="CarerIndex"/> finds eligible. Use it to pre-filter a registry kept in a database, then build
    /// the index from what it keeps.
    /// </summary>
    /// <param name="request">The search.</param>
    /// <returns>The specification (one <c>Where</c> per filter that applies to the request).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs: the message names the member.</exception>
    public static Specification<FosterCarer> Prefilter(MatchRequest request)
    {
        RequestGuard.Validated(request, nameof(request));
        var specification = new Specification<FosterCarer>();
        foreach (var definition in Table)
        {
            if (definition.PredicateFor(request) is { } predicate)
            {
                specification.Query.Where(predicate);
            }
        }

        return specification;
    }

    /// <summary>One hard filter for <paramref name="request"/> as a specification (it keeps every carer when it does not apply).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="request">The search.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="request"/> lacks what a search needs: the message names the member.</exception>
    public static Specification<FosterCarer> SpecificationOf(HardFilter filter, MatchRequest request)
    {
        var definition = Of(filter);
        RequestGuard.Validated(request, nameof(request));
        var specification = new Specification<FosterCarer>();
        if (definition.PredicateFor(request) is { } predicate)
        {
            specification.Query.Where(predicate);
        }

        return specification;
    }

    private static Expression<Func<FosterCarer, bool>> Consent(MatchRequest request)
        => c => c.DataProcessingConsent != null;

    private static Expression<Func<FosterCarer, bool>> Status(MatchRequest request)
    {
        var approved = AssessmentStatus.Approved;
        var alsoAccepted = request.IncludeInAssessment ? AssessmentStatus.InAssessment : AssessmentStatus.Approved;
        return c => c.Status == approved || c.Status == alsoAccepted;
    }

    private static Expression<Func<FosterCarer, bool>> Availability(MatchRequest request)
    {
        var start = request.ExpectedStart;
        return c => c.Availability.From <= start && (c.Availability.Until == null || c.Availability.Until >= start);
    }

    private static Expression<Func<FosterCarer, bool>> FormAndArrangement(MatchRequest request)
    {
        var form = request.Form;
        var arrangement = request.Arrangement;

        // Enumerable.Contains, not ValueArray's own Contains: the LINQ method is what query providers translate.
        return c => Enumerable.Contains(c.Availability.Forms, form) && Enumerable.Contains(c.Availability.Arrangements, arrangement);
    }

    private static Expression<Func<FosterCarer, bool>> Places(MatchRequest request)
    {
        int size = request.GroupSize;
        return c => c.Availability.Places >= size;
    }

    private static Expression<Func<FosterCarer, bool>> AgeRange(MatchRequest request)
    {
        int youngest = request.YoungestAge;
        int oldest = request.OldestAge;
        return c => c.Availability.Ages.MinYears <= youngest && c.Availability.Ages.MaxYears >= oldest;
    }

    private static Expression<Func<FosterCarer, bool>>? Needs(MatchRequest request)
    {
        // Two bits a category (None 00, Low 01, Medium 10, High 11): a High need wants both bits, a Medium one the
        // high bit, a Low one either bit (see NeedMasks).
        var masks = NeedMasks.Of(request.Needs);
        int high = masks.High;
        int low = masks.Low;
        if (high == 0 && low == 0)
        {
            return null;
        }

        return c => (c.Availability.AcceptedNeeds.Packed & high) == high
            && ((c.Availability.AcceptedNeeds.Packed | (c.Availability.AcceptedNeeds.Packed >> 1)) & low) == low;
    }

    private static Expression<Func<FosterCarer, bool>>? Protection(MatchRequest request)
    {
        var origin = request.FamilyOfOrigin.Code;
        DistrictCode? district = request.FamilyOfOrigin.District;
        return request.Protection switch
        {
            ProtectionConstraint.NotSameMunicipality => c => c.Municipality.Code != origin,
            // A blank district (which FosterCarerValidator rejects) cannot show the carer outside the family's district.
            ProtectionConstraint.NotSameDistrict => c => c.Municipality.Code != origin
                && c.Municipality.District != null && !c.Municipality.District.Value.IsEmpty && c.Municipality.District != district,
            _ => null,
        };
    }

    private static Expression<Func<FosterCarer, bool>>? Kinship(MatchRequest request)
    {
        if (!request.KinshipOnly)
        {
            return null;
        }

        var minors = request.Minors.Select(m => m.Code.AsPerson()).ToArray();
        int closest = 1;
        int furthest = Relative.MaxRelevantDegree;
        return c => c.Relatives.Any(r => Enumerable.Contains(minors, r.Person) && r.Degree >= closest && r.Degree <= furthest);
    }

    private static Expression<Func<FosterCarer, bool>>? ConflictOfInterest(MatchRequest request)
    {
        if (request.ConflictingPersons.IsEmpty)
        {
            return null;
        }

        var persons = request.ConflictingPersons.ToArray();
        int closest = 1;
        int furthest = Relative.MaxRelevantDegree;
        return c => !c.Relatives.Any(r => Enumerable.Contains(persons, r.Person) && r.Degree >= closest && r.Degree <= furthest);
    }

    /// <summary>The table, once its rows are checked to be in the order of the enum, one per value.</summary>
    private static HardFilterDefinition[] Verified(HardFilterDefinition[] table)
    {
        var values = Enum.GetValues<HardFilter>();
        if (values.Length != table.Length || table.Where((row, i) => row.Filter != (HardFilter)i || values[i] != (HardFilter)i).Any())
        {
            throw new InvalidOperationException("The table of hard filters must have one row per HardFilter, in the order of their values.");
        }

        return table;
    }
}
