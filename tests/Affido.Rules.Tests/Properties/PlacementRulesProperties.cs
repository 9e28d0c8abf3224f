using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Rules.Tests;

public class PlacementRulesProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>A valid placement, a plan and a date from 60 days before its start to 4 years after it.</summary>
    private static readonly Gen<(Placement Placement, PlacementPlan Plan, LocalDate AsOf)> Cases =
        from placement in DomainGenerators.Placements
        from plan in DomainGenerators.PlacementPlans
        from days in Gen.Choose(-60, 4 * 365)
        select (placement, plan, placement.Start.PlusDays(days));

    /// <summary>Every way of supplying one document that a placement or plan may lack.</summary>
    private static IEnumerable<(string What, Placement Placement, PlacementPlan Plan)> Additions(Placement p, PlacementPlan plan)
    {
        yield return ("parents' consent", p with { Consents = p.Consents.Add(new WrittenConsent(ConsentParty.Parents, p.Start)) }, plan);
        yield return ("guardian's consent", p with { Consents = p.Consents.Add(new WrittenConsent(ConsentParty.Guardian, p.Start)) }, plan);
        foreach (var minor in p.Minors)
        {
            yield return ($"consent of {minor.Code}", p with { Consents = p.Consents.Add(new WrittenConsent(ConsentParty.Minor, p.Start, minor.Code)) }, plan);
            yield return ($"hearing of {minor.Code}", p with { Hearings = p.Hearings.Add(new Hearing(minor.Code, p.Start)) }, plan);
        }
        yield return ("commitment", p with { Commitment = new CarerCommitment(p.Start) }, plan);
        yield return ("guardianship judge's decree", p with { Decrees = p.Decrees.Add(new Decree(Authority.GuardianshipJudge, p.Start, "GT 1/2025")) }, plan);
        yield return ("juvenile court's decree", p with { Decrees = p.Decrees.Add(new Decree(Authority.JuvenileCourt, p.Start, "TM 1/2025")) }, plan);
        foreach (var by in Enum.GetValues<Signatory>())
        {
            yield return ($"signature of {by}", p, plan with { Signatures = plan.Signatures.Add(new PlanSignature(by, p.Start)) });
        }
    }

    private static Dictionary<(string, MinorCode?), int> Keys(RuleEvaluation evaluation)
        => evaluation.Findings.GroupBy(f => (f.Code, f.Minor)).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Adding_a_missing_consent_decree_or_signature_never_adds_a_finding()
        => Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var before = PlacementRules.Default.Evaluate(c.Placement, c.Plan, c.AsOf);
            Assert.True(before.IsValid, string.Join("; ", before.ValidationErrors));
            var beforeKeys = Keys(before);
            foreach (var (what, placement, plan) in Additions(c.Placement, c.Plan))
            {
                var after = PlacementRules.Default.Evaluate(placement, plan, c.AsOf);
                foreach (var (key, count) in Keys(after))
                {
                    Assert.True(beforeKeys.GetValueOrDefault(key) >= count, $"adding the {what} added {key}");
                }
            }
        }).Check(Quick);

    private static Placement Shuffled(Placement p, Random random)
    {
        ValueArray<T> Shuffle<T>(ValueArray<T> items)
        {
            var array = items.ToArray();
            random.Shuffle(array);
            return array.ToValueArray();
        }
        return p with
        {
            Minors = Shuffle(p.Minors),
            Consents = Shuffle(p.Consents),
            Hearings = Shuffle(p.Hearings),
            Decrees = Shuffle(p.Decrees),
            Extensions = Shuffle(p.Extensions),
            ExtensionSignals = Shuffle(p.ExtensionSignals),
            Verifications = Shuffle(p.Verifications),
            CourtReports = Shuffle(p.CourtReports),
            SiblingsPlacedApart = Shuffle(p.SiblingsPlacedApart),
        };
    }

    [Fact]
    public void Evaluation_is_deterministic_and_independent_of_the_order_of_the_lists()
        => Prop.ForAll(
            (from c in Cases from seed in Gen.Choose(0, int.MaxValue) select (c, seed)).ToArbitrary(),
            x =>
            {
                var (c, seed) = x;
                var first = PlacementRules.Default.Evaluate(c.Placement, c.Plan, c.AsOf);
                Assert.Equal(first, PlacementRules.Default.Evaluate(c.Placement, c.Plan, c.AsOf));
                var random = new Random(seed);
                var plan = c.Plan with { Signatures = c.Plan.Signatures.OrderBy(_ => random.Next()).ToValueArray() };
                Assert.Equal(first, PlacementRules.Default.Evaluate(Shuffled(c.Placement, random), plan, c.AsOf));
            }).Check(Quick);

    [Fact]
    public void Consecutive_dates_of_a_verification_calendar_are_never_more_than_the_cadence_apart()
        => Prop.ForAll(
            (from c in Cases from years in Gen.Choose(0, 5) select (c, until: c.AsOf.PlusYears(years))).ToArbitrary(),
            x =>
            {
                var ((placement, plan, asOf), until) = x;
                var schedule = VerificationSchedule.For(placement, plan, asOf);
                Assert.True(schedule.Start.Plus(schedule.Cadence) <= schedule.Start.Plus(VerificationSchedule.MaximumCadence));
                var calendar = schedule.Calendar(until);
                if (calendar.IsEmpty)
                {
                    return;
                }
                Assert.True(calendar[0].Due <= placement.Start.Plus(schedule.Cadence));
                for (int i = 1; i < calendar.Count; i++)
                {
                    Assert.True(calendar[i].Due > calendar[i - 1].Due);
                    Assert.True(calendar[i].Due <= calendar[i - 1].Due.Plus(schedule.Cadence), $"{calendar[i - 1].Due} -> {calendar[i].Due}");
                }
                if (schedule.NextDue is { } next && next <= until && calendar[^1].Due >= asOf)
                {
                    Assert.Contains(calendar, e => e.Due == next && e.Status != ScheduleEntryStatus.Held);
                }
            }).Check(Quick);
}
