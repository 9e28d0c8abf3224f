using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Index;

/// <summary>Properties of the index against the reference matcher, on random registries of 100–400 carers.</summary>
public sealed class CarerIndexProperties
{
    private const int Tests = 40;

    private static readonly Config Config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Tests);

    /// <summary>A registry, with some carers duplicated under new codes (equal scores, so ties are exercised), a request and a top.</summary>
    private static readonly Arbitrary<(FosterCarer[] Carers, MatchRequest Request, int Top)> Cases = Arb.From(
        from carers in RegistryGenerators.Registry
        from twins in Gen.Choose(0, 30)
        from request in Fixtures.Request
        from top in Gen.Choose(0, 40)
        select (WithTwins(carers, twins), request, top));

    [Fact]
    public void Index_top_k_equals_the_reference_matcher()
    {
        int returned = 0, kinship = 0, ties = 0;
        Prop.ForAll(Cases, c =>
        {
            var reference = Matchers.Reference.Search(c.Carers, c.Request, c.Top);
            returned += reference.Candidates.Count;
            kinship += reference.Candidates.Count(x => x.Breakdown[(int)Criterion.Kinship].Score > 0);
            ties += reference.Candidates.Zip(reference.Candidates.Skip(1)).Count(p => p.First.Score == p.Second.Score);
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
        }).Check(Config);

        // The generated cases are not vacuous: candidates come back, relatives among them, and equal scores occur.
        Assert.True(returned > Tests, $"only {returned} candidates");
        Assert.True(kinship > 0, "no relative was ever returned");
        Assert.True(ties > 0, "no tie was ever exercised");
    }

    [Fact]
    public void No_returned_carer_fails_a_hard_filter_and_every_score_is_in_the_unit_interval()
    {
        Prop.ForAll(Cases, c =>
        {
            var result = CarerIndex.Build(c.Carers).Search(c.Request, Math.Max(c.Top, 25));
            var filters = MatchFilters.For(c.Request);
            var byCode = c.Carers.ToDictionary(x => x.Code);
            foreach (var candidate in result.Candidates)
            {
                Assert.All(filters, f => Assert.True(f.IsSatisfiedBy(byCode[candidate.Carer]), f.ReasonCode));
                Assert.InRange(candidate.Score, 0.0, 1.0);
                Assert.All(candidate.Breakdown, line => Assert.InRange(line.Score, 0.0, 1.0));
            }
        }).Check(Config);
    }

    [Fact]
    public void Shuffling_the_registry_changes_nothing()
    {
        var cases = Arb.From(
            from c in Cases.Generator
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (c.Carers, c.Request, c.Top, Seed: seed));
        Prop.ForAll(cases, c =>
        {
            var shuffled = (FosterCarer[])c.Carers.Clone();
            new Random(c.Seed).Shuffle(shuffled);
            var before = CarerIndex.Build(c.Carers).Search(c.Request, c.Top);
            var after = CarerIndex.Build(shuffled).Search(c.Request, c.Top);
            Assert.Equal(before.Candidates, after.Candidates);
            Assert.Equal(before.Exclusions, after.Exclusions);
        }).Check(Config);
    }

    [Fact]
    public void Explain_agrees_with_search_and_with_the_specifications()
    {
        Prop.ForAll(Cases, c =>
        {
            var index = CarerIndex.Build(c.Carers);
            var result = index.Search(c.Request, c.Carers.Length);
            var scores = result.Candidates.ToDictionary(x => x.Carer);
            var filters = MatchFilters.For(c.Request);
            foreach (var carer in c.Carers)
            {
                var explanation = index.Explain(c.Request, carer.Code);
                var failing = filters.Where(f => !f.IsSatisfiedBy(carer)).Select(f => f.ReasonCode).ToList();
                Assert.Equal(failing, explanation.ExcludedBy.ToList());
                Assert.Equal(scores.ContainsKey(carer.Code), explanation.IsEligible);
                if (explanation.IsEligible)
                {
                    Assert.Equal(scores[carer.Code].Score, explanation.Score);
                    Assert.Equal(scores[carer.Code].Breakdown, explanation.Breakdown);
                }
            }
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Fact]
    public void Improving_one_criterion_of_one_carer_never_lowers_its_score()
    {
        var cases = Arb.From(
            from c in Cases.Generator
            from pick in Gen.Choose(0, int.MaxValue - 1)
            from improvement in Gen.Choose(0, 6)
            select (c.Carers, c.Request, Pick: pick, Improvement: improvement));
        var scorer = new CarerScorer(MatchingOptions.Default);
        Prop.ForAll(cases, c =>
        {
            var filters = MatchFilters.For(c.Request);
            var eligible = c.Carers.Where(x => filters.All(f => f.IsSatisfiedBy(x))).ToList();
            if (eligible.Count == 0)
            {
                return;
            }

            var carer = eligible[c.Pick % eligible.Count];
            var better = Improve(carer, c.Request, c.Improvement);
            if (!filters.All(f => f.IsSatisfiedBy(better)))
            {
                return;
            }

            Assert.True(scorer.Score(c.Request, better) >= scorer.Score(c.Request, carer));
            var registry = c.Carers.Select(x => x == carer ? better : x).ToArray();
            var before = CarerIndex.Build(c.Carers).Explain(c.Request, carer.Code).Score!.Value;
            var after = CarerIndex.Build(registry).Explain(c.Request, carer.Code).Score!.Value;
            Assert.True(after >= before);
        }).Check(Config);
    }

    private static FosterCarer Improve(FosterCarer carer, MatchRequest request, int which) => which switch
    {
        0 => carer with { Experience = carer.Experience with { PreviousPlacements = carer.Experience.PreviousPlacements + 1 } },
        1 => carer with { Experience = carer.Experience with { TrainingHours = carer.Experience.TrainingHours + 10 } },
        2 => carer with { WaitingSince = carer.WaitingSince.PlusDays(-60) },
        3 => carer with { Languages = Concat(carer.Languages, request.Languages) },
        4 => carer with { Backgrounds = Concat(carer.Backgrounds, request.Backgrounds) },
        5 => carer.WithAvailability(a => a with { Until = null }),
        _ => carer with { Municipality = request.FamilyOfOrigin },
    };

    private static ValueArray<T> Concat<T>(ValueArray<T> items, ValueArray<T> more) => items.Concat(more).ToValueArray();

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
