using Affido.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>
/// Example checks of the SQL pre-filter at the boundaries of each filter, shared by the engines: each loads a few
/// carers named by what is expected of them, runs the request in SQL and in memory, and compares both with the
/// expected codes.
/// </summary>
internal static class PreFilterExamples
{
    /// <summary>Available from the day before, the day of, not the day after; until the day before (no), the day of (yes), open-ended (yes).</summary>
    public static void Availability_boundaries(TestDatabase database)
    {
        var start = Examples.Start;
        Expect(database, Examples.Request(),
            kept: [Examples.Carer("from-day-before").WithAvailability(a => a with { From = start.PlusDays(-1) }),
                Examples.Carer("from-day-of").WithAvailability(a => a with { From = start }),
                Examples.Carer("until-day-of").WithAvailability(a => a with { Until = start }),
                Examples.Carer("open-ended").WithAvailability(a => a with { Until = null })],
            excluded: [Examples.Carer("from-day-after").WithAvailability(a => a with { From = start.PlusDays(1) }),
                Examples.Carer("until-day-before").WithAvailability(a => a with { Until = start.PlusDays(-1) })]);
    }

    /// <summary>Outside the family's district: a blank district (any Unicode white space) or none cannot be shown outside; a code differing only in case is another district.</summary>
    public static void Protection_district_boundaries(TestDatabase database)
    {
        var request = Examples.Request() with { Protection = ProtectionConstraint.NotSameDistrict, FamilyOfOrigin = Examples.Town(0) };
        string origin = Examples.Town(0).District!.Value.Value;
        Expect(database, request,
            kept: [Examples.Carer("other-district"),
                Examples.Carer("lower-case-district").WithDistrict(origin.ToLowerInvariant())],
            excluded: [Examples.Carer("same-district").WithDistrict(origin),
                Examples.Carer("no-district").WithDistrict(null),
                Examples.Carer("empty-district").WithDistrict(""),
                Examples.Carer("spaces-district").WithDistrict("  "),
                Examples.Carer("nbsp-district").WithDistrict("\u00A0\u3000\t"),
                Examples.Carer("same-town") with { Municipality = Examples.Town(0) with { District = new DistrictCode("elsewhere") } }]);
        Expect(database, request with { FamilyOfOrigin = Examples.Town(0) with { District = null } },
            kept: [Examples.Carer("any-district"), Examples.Carer("origin-district").WithDistrict(origin)],
            excluded: [Examples.Carer("blank-district").WithDistrict(" "), Examples.Carer("same-town") with { Municipality = Examples.Town(0) }]);
    }

    /// <summary>Kinship within the 4th degree, by exact code: not "m1" for "M1", and a code with SQL wildcards matches only itself.</summary>
    public static void Kinship_by_exact_code_within_the_fourth_degree(TestDatabase database)
    {
        var request = Examples.Request("M1", "P%1", "P_1") with { KinshipOnly = true };
        Expect(database, request,
            kept: [Examples.Carer("degree-4").WithRelatives(new Relative(new PersonCode("M1"), 4)),
                Examples.Carer("percent").WithRelatives(new Relative(new PersonCode("P%1"), 1, KinshipKind.Affinity)),
                Examples.Carer("underscore").WithRelatives(new Relative(new PersonCode("X"), 2), new Relative(new PersonCode("P_1"), 3))],
            excluded: [Examples.Carer("degree-5").WithRelatives(new Relative(new PersonCode("M1"), 5)),
                Examples.Carer("degree-0").WithRelatives(new Relative(new PersonCode("M1"), 0)),
                Examples.Carer("lower-case").WithRelatives(new Relative(new PersonCode("m1"), 1)),
                Examples.Carer("trailing-space").WithRelatives(new Relative(new PersonCode("M1 "), 1)),
                Examples.Carer("wildcard-lookalike").WithRelatives(new Relative(new PersonCode("PX1"), 1), new Relative(new PersonCode("P11"), 1)),
                Examples.Carer("no-relatives")]);
    }

    /// <summary>A relative of the judge within the 4th degree excludes the carer; the 5th degree, or a code that only looks alike, does not.</summary>
    public static void Conflict_of_interest_by_exact_code(TestDatabase database)
    {
        var request = Examples.Request() with { ConflictingPersons = [new PersonCode("J\"1"), new PersonCode("J\\2")] };
        Expect(database, request,
            kept: [Examples.Carer("fifth-degree").WithRelatives(new Relative(new PersonCode("J\"1"), 5)),
                Examples.Carer("look-alike").WithRelatives(new Relative(new PersonCode("J1"), 1), new Relative(new PersonCode("J\\\"1"), 1)),
                Examples.Carer("no-relatives")],
            excluded: [Examples.Carer("quote").WithRelatives(new Relative(new PersonCode("J\"1"), 4)),
                Examples.Carer("backslash").WithRelatives(new Relative(new PersonCode("J\\2"), 2, KinshipKind.Affinity))]);
    }

    /// <summary>Each need category at its boundary: a carer accepting Medium takes a Medium need, not a High one.</summary>
    public static void Needs_per_category(TestDatabase database)
    {
        var medium = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium), (NeedCategory.Health, NeedLevel.Low));
        var request = Examples.Request() with
        {
            Minors = [Examples.Request().Minors[0] with { Needs = NeedProfile.Of((NeedCategory.Trauma, NeedLevel.Medium)) }],
        };
        Expect(database, request,
            kept: [Examples.Carer("accepts-medium").WithAvailability(a => a with { AcceptedNeeds = medium }),
                Examples.Carer("accepts-all").WithAvailability(a => a with { AcceptedNeeds = NeedProfile.AllHigh })],
            excluded: [Examples.Carer("accepts-low").WithAvailability(a => a with { AcceptedNeeds = medium.With(NeedCategory.Trauma, NeedLevel.Low) }),
                Examples.Carer("accepts-none").WithAvailability(a => a with { AcceptedNeeds = NeedProfile.None })]);
    }

    /// <summary>Forms and arrangements: both must be accepted; a value the model does not define matches nothing.</summary>
    public static void Forms_and_arrangements(TestDatabase database)
    {
        Expect(database, Examples.Request() with { Form = PlacementForm.Emergency, Arrangement = TimeArrangement.PartTime },
            kept: [Examples.Carer("both").WithAvailability(a => a with { Forms = [PlacementForm.Emergency], Arrangements = [TimeArrangement.PartTime, TimeArrangement.PartTime] })],
            excluded: [Examples.Carer("form-only").WithAvailability(a => a with { Forms = [PlacementForm.Emergency], Arrangements = [TimeArrangement.FullTime] }),
                Examples.Carer("arrangement-only").WithAvailability(a => a with { Forms = [PlacementForm.Ordinary, (PlacementForm)11], Arrangements = [TimeArrangement.PartTime] }),
                Examples.Carer("nothing").WithAvailability(a => a with { Forms = [], Arrangements = [] })]);
    }

    /// <summary>Each clause alone is translated to SQL (a clause EF Core could not translate would throw here).</summary>
    public static void Every_clause_translates_to_sql(TestDatabase database)
    {
        using var db = database.Open();
        var requests = RequestGenerators.Several(new Random(7), 15).Append(Examples.Request("M1") with
        {
            KinshipOnly = true,
            IncludeInAssessment = true,
            Protection = ProtectionConstraint.NotSameDistrict,
            ConflictingPersons = [new PersonCode("P1")],
        });
        foreach (var request in requests)
        {
            var filter = new CarerPreFilter(request);
            foreach (var clause in filter.Clauses)
            {
                Assert.Contains("FROM", db.Carers.Where(clause).ToQueryString(), StringComparison.Ordinal);
            }

            Assert.Contains("WHERE", db.Carers.WithSpecification(filter).ToQueryString(), StringComparison.Ordinal);
        }
    }

    private static void Expect(TestDatabase database, MatchRequest request, FosterCarer[] kept, FosterCarer[] excluded)
    {
        var carers = kept.Concat(excluded).ToArray();
        database.Load(carers);
        using var db = database.Open();
        var filter = new CarerPreFilter(request);
        var expected = kept.Select(c => c.Code.Value).Order(StringComparer.Ordinal).ToList();
        var sql = db.Carers.WithSpecification(filter).Select(c => c.Code).AsEnumerable().Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        var memory = filter.Evaluate(carers).Select(c => c.Code.Value).Order(StringComparer.Ordinal).ToList();
        var index = CarerIndex.Build(carers);
        var explained = carers.Where(c => index.Explain(request, c.Code).IsEligible).Select(c => c.Code.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, explained);
        Assert.Equal(expected, sql);
        Assert.Equal(expected, memory);
    }
}
