using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Index;

/// <summary>Properties of the index against the reference matcher, on random registries of 100–400 carers.</summary>
public sealed class CarerIndexProperties
{
    private const int Tests = 40;

    /// <summary>
    /// A registry, with some carers duplicated under new codes (equal scores, so ties are exercised), a request and a
    /// top. In a third of the cases the first minor is made a relative of a carer that passes the other hard filters,
    /// so relatives reach the results in every run (random person codes alone rarely do).
    /// </summary>
    internal static readonly Arbitrary<(FosterCarer[] Carers, MatchRequest Request, int Top)> Cases = Arb.From(
        from carers in RegistryGenerators.Registry
        from twins in Gen.Choose(0, 30)
        from request in Fixtures.Request
        from kin in Gen.Choose(0, 2)
        from pick in Gen.Choose(0, 1000)
        from top in Gen.Choose(0, 40)
        select (WithTwins(carers, twins), kin == 0 ? WithRelative(carers, request, pick) : request, top));

    [Property(MaxTest = Tests)]
    public Property Index_top_k_equals_the_reference_matcher() => Prop.ForAll(Cases, c =>
    {
        var reference = Matchers.Reference.Search(c.Carers, c.Request, c.Top);
        var indexed = CarerIndex.Build(c.Carers).Search(c.Request, c.Top);
        Assert.Equal(Matchers.Codes(reference), Matchers.Codes(indexed));
        for (int i = 0; i < reference.Candidates.Count; i++)
        {
            Assert.Equal(reference.Candidates[i].Rank, indexed.Candidates[i].Rank);
            Assert.True(Math.Abs(reference.Candidates[i].Score - indexed.Candidates[i].Score) <= 1e-9);
            Assert.Equal(reference.Candidates[i].Breakdown, indexed.Candidates[i].Breakdown);
        }

        Assert.Equal(reference.Exclusions, indexed.Exclusions);
        Assert.Equal(reference.Eligible, indexed.Eligible);
        Assert.Equal(indexed.Scanned - indexed.Eligible, indexed.Exclusions.Sum(e => e.Count));
    });

    [Fact]
    public void The_generated_cases_are_not_vacuous()
    {
        // Forty cases drawn with a fixed seed: candidates come back, relatives among them, and equal scores occur.
        var cases = Gen.Sample(Cases.Generator, Tests, new Rnd(20261127UL, 1442695040888963407UL), 10);
        Assert.Equal(Tests, cases.Length);
        int returned = 0, kinship = 0, ties = 0;
        foreach (var c in cases)
        {
            var result = CarerIndex.Build(c.Carers).Search(c.Request, c.Top);
            returned += result.Candidates.Count;
            kinship += result.Candidates.Count(x => x.Breakdown[(int)Criterion.Kinship].Score > 0);
            ties += result.Candidates.Zip(result.Candidates.Skip(1)).Count(p => p.First.Score == p.Second.Score);
        }

        Assert.True(returned > Tests, $"only {returned} candidates in {cases.Length} cases");
        Assert.True(kinship > 0, "no relative was ever returned");
        Assert.True(ties > 0, "no tie was ever exercised");
    }

    [Property(MaxTest = Tests)]
    public Property No_returned_carer_fails_a_hard_filter_and_every_score_is_in_the_unit_interval() => Prop.ForAll(Cases, c =>
    {
        var result = CarerIndex.Build(c.Carers).Search(c.Request, Math.Max(c.Top, 25));
        var filters = ReferenceMatcher.Filters(c.Request);
        var byCode = c.Carers.ToDictionary(x => x.Code);
        foreach (var candidate in result.Candidates)
        {
            Assert.All(filters, f => Assert.True(f.Specification.IsSatisfiedBy(byCode[candidate.Carer]), f.Filter.ToString()));
            Assert.InRange(candidate.Score, 0.0, 1.0);
            Assert.All(candidate.Breakdown, line => Assert.InRange(line.Score, 0.0, 1.0));
        }
    });

    [Property(MaxTest = Tests)]
    public Property Shuffling_the_registry_changes_nothing() => Prop.ForAll(
        Arb.From(from c in Cases.Generator
                 from seed in Gen.Choose(0, int.MaxValue - 1)
                 select (c.Carers, c.Request, c.Top, Seed: seed)),
        c =>
        {
            var shuffled = (FosterCarer[])c.Carers.Clone();
            new Random(c.Seed).Shuffle(shuffled);
            var before = CarerIndex.Build(c.Carers).Search(c.Request, c.Top);
            var after = CarerIndex.Build(shuffled).Search(c.Request, c.Top);
            Assert.Equal(before.Candidates, after.Candidates);
            Assert.Equal(before.Exclusions, after.Exclusions);
        });

    [Property(MaxTest = 15)]
    public Property Explain_agrees_with_search_and_with_the_specifications() => Prop.ForAll(Cases, c =>
    {
        var index = CarerIndex.Build(c.Carers);
        var result = index.Search(c.Request, c.Carers.Length);
        var scores = result.Candidates.ToDictionary(x => x.Carer);
        foreach (var carer in c.Carers)
        {
            var explanation = index.Explain(c.Request, carer.Code);
            Assert.Equal(Matchers.Reference.Explain(carer, c.Request), explanation);
            Assert.Equal(scores.ContainsKey(carer.Code), explanation.IsEligible);
            if (explanation.IsEligible)
            {
                Assert.Equal(scores[carer.Code].Score, explanation.Score);
                Assert.Equal(scores[carer.Code].Breakdown, explanation.Breakdown);
            }
        }
    });

    [Property(MaxTest = Tests)]
    public Property The_prefilter_keeps_exactly_the_carers_the_index_finds_eligible() => Prop.ForAll(Cases, c =>
    {
        var prefilter = HardFilters.Prefilter(c.Request);
        var kept = prefilter.Evaluate(c.Carers).Select(x => x.Code).Order().ToList();
        var eligible = CarerIndex.Build(c.Carers).Search(c.Request, c.Carers.Length).Candidates.Select(x => x.Carer).Order().ToList();
        Assert.Equal(eligible, kept);
        Assert.All(c.Carers, carer => Assert.Equal(kept.Contains(carer.Code), prefilter.IsSatisfiedBy(carer)));
    });

    [Property(MaxTest = Tests)]
    public Property Improving_one_criterion_of_one_carer_never_lowers_its_score() => Prop.ForAll(
        Arb.From(from c in Cases.Generator
                 from pick in Gen.Choose(0, int.MaxValue - 1)
                 from improvement in Gen.Choose(0, 6)
                 select (c.Carers, c.Request, Pick: pick, Improvement: improvement)),
        c =>
        {
            var prefilter = HardFilters.Prefilter(c.Request);
            var eligible = c.Carers.Where(prefilter.IsSatisfiedBy).ToList();
            if (eligible.Count == 0)
            {
                return;
            }

            var carer = eligible[c.Pick % eligible.Count];
            var better = Improve(carer, c.Request, c.Improvement);
            if (!prefilter.IsSatisfiedBy(better))
            {
                return;
            }

            var scorer = new CarerScorer(MatchingOptions.Default);
            Assert.True(scorer.Score(c.Request, better) >= scorer.Score(c.Request, carer));
            var registry = c.Carers.Select(x => x == carer ? better : x).ToArray();
            double before = CarerIndex.Build(c.Carers).Explain(c.Request, carer.Code).Score!.Value;
            double after = CarerIndex.Build(registry).Explain(c.Request, carer.Code).Score!.Value;
            Assert.True(after >= before);
        });

    private static FosterCarer Improve(FosterCarer carer, MatchRequest request, int which) => which switch
    {
        0 => carer with { Experience = carer.Experience with { PreviousPlacements = carer.Experience.PreviousPlacements + 1 } },
        1 => carer with { Experience = carer.Experience with { TrainingHours = carer.Experience.TrainingHours + 10 } },
        2 => carer with { WaitingSince = carer.WaitingSince.PlusDays(-60) },
        3 => carer with { Languages = Concat(carer.Languages, request.EffectiveLanguages) },
        4 => carer with { Backgrounds = Concat(carer.Backgrounds, request.EffectiveBackgrounds) },
        5 => carer.WithAvailability(a => a with { Until = null }),
        _ => carer with { Municipality = request.FamilyOfOrigin },
    };

    private static ValueArray<T> Concat<T>(ValueArray<T> items, ValueArray<T> more) => items.Concat(more).ToValueArray();

    /// <summary>The request with its first minor renamed after a relative (within the 4th degree) of an eligible carer, when there is one.</summary>
    private static MatchRequest WithRelative(FosterCarer[] carers, MatchRequest request, int pick)
    {
        var filters = ReferenceMatcher.Filters(request).Where(f => f.Filter != HardFilter.Kinship).ToList();
        var kin = carers
            .Where(c => filters.TrueForAll(f => f.Specification.IsSatisfiedBy(c)))
            .SelectMany(c => c.Relatives.Where(r => r.IsWithinFourthDegree && !r.Person.IsEmpty))
            .Select(r => r.Person.Value)
            .Where(person => request.Minors.All(m => m.Code.Value != person) && request.ConflictingPersons.All(p => p.Value != person))
            .ToList();
        if (kin.Count == 0)
        {
            return request;
        }

        var minors = request.Minors.ToList();
        minors[0] = minors[0] with { Code = new MinorCode(kin[pick % kin.Count]) };
        return request with { Minors = minors.ToValueArray() };
    }

    private static FosterCarer[] WithTwins(FosterCarer[] carers, int twins)
    {
        var list = carers.ToList();
        for (int i = 0; i < Math.Min(twins, carers.Length); i++)
        {
            list.Add(carers[i] with { Code = new CarerCode("T" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)) });
        }

        return [.. list];
    }
}
