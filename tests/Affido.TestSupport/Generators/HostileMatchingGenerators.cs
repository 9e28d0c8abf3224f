using Affido.Domain;
using Affido.Matching;
using Affido.Matching.Planning;
using FsCheck;
using FsCheck.Fluent;
using static Affido.TestSupport.HostileDomainGenerators;

namespace Affido.TestSupport;

/// <summary>
/// FsCheck 3 generators of ARBITRARY Matching inputs, built from <see cref="HostileDomainGenerators"/>: requests with
/// any member (null minors, a null family of origin, dates and periods out of range, NaN locations), options with
/// non-finite or huge weights, urgencies and minimum scores that are not numbers, score matrices with non-finite
/// entries, negative or huge sizes and malformed sparse structures. A valid value (from
/// <see cref="MatchingGenerators"/>) comes up a quarter of the time.
/// </summary>
/// <remarks>Matrix sizes stay small (at most 12 x 12 filled in), so that 10,000 cases of the solver run in seconds; the huge sizes are only declared, never allocated.</remarks>
public static class HostileMatchingGenerators
{
    private static Gen<T> Mixed<T>(Gen<T> valid, Gen<T> wild) => Gen.Frequency((1, valid), (3, wild));

    /// <summary>Match requests with any member.</summary>
    public static Gen<MatchRequest> MatchRequests { get; } = OrNull(Mixed(MatchingGenerators.MatchRequests,
        from id in Texts
        from minors in Gen.Frequency((6, Lists(Minors)), (1, Minors.ArrayOf(InputLimits.MaxMinors + 1).Select(m => m.ToValueArray())))
        from form in Enums<PlacementForm>()
        from arrangement in Enums<TimeArrangement>()
        from start in Dates
        from duration in Periods
        from family in Municipalities
        from school in Municipalities
        from protection in Enums<ProtectionConstraint>()
        from languages in DomainGenerators.OrNone(Lists(Codes<LanguageCode>()))
        from backgrounds in DomainGenerators.OrNone(Lists(Codes<BackgroundTag>()))
        from flags in Gen.Zip(DomainGenerators.Booleans, DomainGenerators.Booleans)
        from conflicting in Lists(Codes<PersonCode>())
        from contraindication in OrNull(from source in Enums<ContraindicationSource>() from reason in Texts select new SiblingContraindication(source, reason))
        select new MatchRequest
        {
            Id = id, Minors = minors, Form = form, Arrangement = arrangement, ExpectedStart = start, ExpectedDuration = duration,
            FamilyOfOrigin = family, School = school, Protection = protection, Languages = languages, Backgrounds = backgrounds,
            KinshipOnly = flags.Item1, IncludeInAssessment = flags.Item2, ConflictingPersons = conflicting, SiblingContraindication = contraindication,
        }));

    /// <summary>Numbers as weights, scores and urgencies: <see cref="Doubles"/> and small ones.</summary>
    public static Gen<double> Numbers { get; } = Gen.OneOf(Doubles, Gen.Choose(0, 100).Select(n => n / 10.0));

    /// <summary>Matching options with any weight and cap.</summary>
    public static Gen<MatchingOptions> MatchingOptionSets { get; } = OrNull(Mixed(MatchingGenerators.MatchingOptionSets,
        from weights in Numbers.ArrayOf(10)
        from caps in Ints.ArrayOf(3)
        select new MatchingOptions
        {
            OriginProximityWeight = weights[0], SchoolProximityWeight = weights[1], LanguageWeight = weights[2], BackgroundWeight = weights[3],
            ExperienceWeight = weights[4], HouseholdFitWeight = weights[5], DurationAvailabilityWeight = weights[6], KinshipWeight = weights[7],
            WaitingTimeWeight = weights[8], ProximityHalfScoreKm = weights[9], ExperiencePlacementsCap = caps[0], ExperienceTrainingHoursCap = caps[1],
            WaitingTimeCapDays = caps[2],
        }));

    /// <summary>Requests of a waiting list: any request and urgency.</summary>
    public static Gen<PlanningRequest> PlanningRequests { get; } = OrNull(Mixed(MatchingGenerators.PlanningRequests,
        Gen.Zip(MatchRequests, Numbers, (request, urgency) => new PlanningRequest(request, urgency))));

    /// <summary>Planning options: any minimum score.</summary>
    public static Gen<PlanningOptions> PlanningOptionSets { get; } = OrNull(Numbers.Select(s => new PlanningOptions(s)));

    /// <summary>Decisions: any request id, carer, rank, date and reason.</summary>
    public static Gen<MatchDecision> MatchDecisions { get; } = OrNull(Mixed(MatchingGenerators.MatchDecisions,
        from id in Texts
        from carer in Codes<CarerCode>()
        from rank in DomainGenerators.OrNone(Ints)
        from decidedOn in Dates
        from reason in Texts
        select new MatchDecision(id, carer, rank, decidedOn, reason)));

    /// <summary>Sizes of a matrix: negative, zero, small, huge (declared, never filled).</summary>
    public static Gen<int> Sizes { get; } = Gen.Frequency(
        (1, Gen.Elements(int.MinValue, -1, 0, 1_000_000_000, int.MaxValue)),
        (6, Gen.Choose(0, 12)));

    /// <summary>
    /// Dense problems as callers pass them: the declared rows and columns, the values (of the declared size, or one too
    /// many or too few when small) with non-finite and ±1e308 entries, the feasibility mask (null, of the right size or not).
    /// </summary>
    public static Gen<DenseInput> DenseInputs { get; } =
        from rows in Sizes
        from columns in Sizes
        from length in Gen.Frequency(
            (8, Gen.Constant(Area(rows, columns))),
            (1, Gen.Constant(Math.Max(0, Area(rows, columns) + 1))),
            (1, Gen.Choose(0, 20)))
        from values in Gen.Frequency((3, Gen.Choose(-1000, 1000).Select(n => n / 10.0)), (1, Doubles)).ArrayOf(length)
        from feasible in Gen.Frequency(
            (2, Gen.Constant<bool[]?>(null)),
            (3, Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(length).Select(a => (bool[]?)a)),
            (1, DomainGenerators.Booleans.ArrayOf(Math.Max(0, length - 1)).Select(a => (bool[]?)a)))
        from objective in Enums<AssignmentObjective>()
        select new DenseInput(rows, columns, values, feasible, objective);

    /// <summary>
    /// Sparse structures as callers pass them: declared sizes, row starts (well formed, or not increasing, or out of
    /// range), column indices (in range, negative, beyond the columns, repeated) and values with non-finite entries.
    /// </summary>
    public static Gen<SparseInput> SparseInputs { get; } =
        from rows in Sizes
        from columns in Sizes
        from count in Gen.Choose(0, 30)
        from columnIndices in Gen.Frequency((6, Gen.Choose(0, Math.Clamp(columns, 1, 12) - 1)), (1, Gen.Elements(-1, int.MinValue, int.MaxValue, columns))).ArrayOf(count)
        from values in Gen.Frequency((3, Gen.Choose(-1000, 1000).Select(n => n / 10.0)), (1, Doubles)).ArrayOf(count)
        from cuts in Gen.Choose(0, count).ArrayOf(Math.Clamp(rows, 0, 12))
        from rowStarts in Gen.Frequency(
            (6, Gen.Constant(WellFormedStarts(cuts, count))),
            (1, Gen.Choose(-2, count + 2).ArrayOf(Math.Clamp(rows, 0, 12) + 1)),
            (1, Gen.Choose(0, 6).SelectMany(n => Gen.Choose(0, 4).ArrayOf(n))))
        from objective in Enums<AssignmentObjective>()
        select new SparseInput(rows, columns, rowStarts, columnIndices, values, objective);

    private static int Area(int rows, int columns) => rows is >= 0 and <= 12 && columns is >= 0 and <= 12 ? rows * columns : 0;

    private static int[] WellFormedStarts(int[] cuts, int count)
    {
        int[] starts = new int[cuts.Length + 1];
        Array.Sort(cuts);
        for (int i = 0; i < cuts.Length; i++)
        {
            starts[i] = cuts[i];
        }

        starts[cuts.Length] = count;
        if (cuts.Length > 0)
        {
            starts[0] = 0;
        }

        return starts;
    }
}

/// <summary>A dense assignment problem as a caller passes it (see <see cref="HostileMatchingGenerators.DenseInputs"/>).</summary>
/// <param name="Rows">The declared rows.</param>
/// <param name="Columns">The declared columns.</param>
/// <param name="Values">The values, row by row.</param>
/// <param name="Feasible">The feasibility mask, or <see langword="null"/> for the overloads without it.</param>
/// <param name="Objective">The objective.</param>
public sealed record DenseInput(int Rows, int Columns, double[] Values, bool[]? Feasible, AssignmentObjective Objective)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Rows}x{Columns}, {Objective}, values [{string.Join(", ", Values.Take(40))}], feasible {(Feasible is null ? "none" : "[" + string.Join(", ", Feasible.Take(40)) + "]")}";
}

/// <summary>A sparse score matrix's structure as a caller passes it (see <see cref="HostileMatchingGenerators.SparseInputs"/>).</summary>
/// <param name="Rows">The declared rows.</param>
/// <param name="Columns">The declared columns.</param>
/// <param name="RowStarts">The row starts.</param>
/// <param name="ColumnIndices">The column of each entry.</param>
/// <param name="Values">The value of each entry.</param>
/// <param name="Objective">The objective to solve it for.</param>
public sealed record SparseInput(int Rows, int Columns, int[] RowStarts, int[] ColumnIndices, double[] Values, AssignmentObjective Objective)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Rows}x{Columns}, {Objective}, starts [{string.Join(", ", RowStarts)}], columns [{string.Join(", ", ColumnIndices)}], values [{string.Join(", ", Values)}]";
}
