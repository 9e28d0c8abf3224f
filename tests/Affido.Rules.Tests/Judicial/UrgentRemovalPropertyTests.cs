using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Rules.Tests.Judicial;

/// <summary>Properties of the art. 403 chain (FsCheck, explicit generators).</summary>
public sealed class UrgentRemovalPropertyTests
{
    private static readonly Instant Base = Instant.FromUtc(2022, 7, 1, 0, 0);
    private const int MinutesInFiveYears = 60 * 24 * 365 * 5;

    /// <summary>A placement in safety at any minute of 2022-2027 (across many daylight-saving changes).</summary>
    private static readonly Gen<Instant> Placement =
        from minutes in Gen.Choose(0, MinutesInFiveYears)
        select Base + Duration.FromMinutes(minutes);

    /// <summary>For each of the five steps, how many minutes after the start of its term it happens (up to 20 days, so some are late).</summary>
    private static readonly Gen<int[]> Gaps = Gen.ArrayOf(Gen.Choose(0, 60 * 24 * 20), 5);

    private static UrgentRemovalFacts Build(Instant placed, int[] gapsInMinutes, int recorded)
    {
        var facts = new UrgentRemovalFacts { PlacedInSafety = placed };
        var previous = placed;
        for (int i = 0; i < recorded; i++)
        {
            var at = previous + Duration.FromMinutes(gapsInMinutes[i]);
            facts = facts.With((UrgentRemovalStep)(i + 1), at);
            previous = at;
        }
        return facts;
    }

    private static Instant LastRecorded(UrgentRemovalFacts facts)
    {
        var last = facts.PlacedInSafety;
        for (var step = UrgentRemovalStep.TransmissionToProsecutor; step <= UrgentRemovalStep.CollegialDecree; step++)
        {
            if (facts.HappenedAt(step) is { } at)
            {
                last = at;
            }
        }
        return last;
    }

    private static HashSet<string> CodesAt(UrgentRemovalFacts facts, Instant asOf)
        => [.. RuleEvaluator.Default.Evaluate(facts, asOf).Findings.Select(f => f.Code)];

    [Property(MaxTest = 300)]
    public Property A_timeline_whose_every_step_happened_at_its_deadline_has_no_finding()
    {
        var gen =
            from placed in Placement
            from asOfMinutes in Gen.Choose(0, 60 * 24 * 40)
            select (placed, asOfMinutes);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var facts = new UrgentRemovalFacts { PlacedInSafety = t.placed };
            var previous = t.placed;
            for (var step = UrgentRemovalStep.TransmissionToProsecutor; step <= UrgentRemovalStep.CollegialDecree; step++)
            {
                var deadline = UrgentRemovalTerms.Deadline(step, previous);
                facts = facts.With(step, deadline);
                previous = deadline;
            }
            var asOf = t.placed + Duration.FromMinutes(t.asOfMinutes);
            return CodesAt(facts, asOf).Count == 0;
        });
    }

    private static readonly string[] HourCodes =
        [RuleCodes.UrgentRemovalTransmissionOverdue, RuleCodes.UrgentRemovalValidationRequestOverdue, RuleCodes.UrgentRemovalValidationOverdue];

    private static readonly string[] CodeOfStep =
        ["", .. RuleCatalogue.Default.Kinds.Select(k => k.Code).Where(c => c.StartsWith("urgent-removal.", StringComparison.Ordinal))];

    [Property(MaxTest = 300)]
    public Property Delaying_any_step_never_removes_a_finding_about_it_or_the_steps_before_it()
    {
        var gen =
            from placed in Placement
            from gaps in Gaps
            from recorded in Gen.Choose(1, 5)
            from delayed in Gen.Choose(1, 5)
            from delayMinutes in Gen.Choose(1, 60 * 24 * 10)
            from waitMinutes in Gen.Choose(0, 60 * 24 * 20)
            select (placed, gaps, recorded, delayed: Math.Min(delayed, recorded), delayMinutes, waitMinutes);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var facts = Build(t.placed, t.gaps, t.recorded);
            var step = (UrgentRemovalStep)t.delayed;
            var at = facts.HappenedAt(step)!.Value + Duration.FromMinutes(t.delayMinutes);
            if (step < UrgentRemovalStep.CollegialDecree && facts.HappenedAt(step + 1) is { } next && at > next)
            {
                at = next; // keep the order of the steps
            }
            var later = facts.With(step, at);
            var asOf = LastRecorded(later) + Duration.FromMinutes(t.waitMinutes);
            var concerned = CodeOfStep.Take(t.delayed + 1).ToHashSet();
            var before = CodesAt(facts, asOf);
            before.IntersectWith(concerned);
            return before.IsSubsetOf(CodesAt(later, asOf));
        });
    }

    [Property(MaxTest = 300)]
    public Property Delaying_a_step_and_everything_after_it_never_removes_an_hour_term_finding()
    {
        var gen =
            from placed in Placement
            from gaps in Gaps
            from recorded in Gen.Choose(1, 5)
            from delayed in Gen.Choose(1, 5)
            from delayMinutes in Gen.Choose(1, 60 * 24 * 10)
            from waitMinutes in Gen.Choose(0, 60 * 24 * 20)
            select (placed, gaps, recorded, delayed: Math.Min(delayed, recorded), delayMinutes, waitMinutes);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var facts = Build(t.placed, t.gaps, t.recorded);
            var asOf = LastRecorded(facts) + Duration.FromMinutes(t.waitMinutes);
            var delay = Duration.FromMinutes(t.delayMinutes);
            var later = facts;
            for (var step = (UrgentRemovalStep)t.delayed; step <= UrgentRemovalStep.CollegialDecree; step++)
            {
                if (facts.HappenedAt(step) is { } at)
                {
                    later = later.With(step, at + delay);
                }
            }
            var before = CodesAt(facts, asOf);
            before.IntersectWith(HourCodes);
            return before.IsSubsetOf(CodesAt(later, asOf + delay));
        });
    }

    [Property(MaxTest = 300)]
    public Property As_a_case_unfolds_a_finding_never_disappears()
    {
        var gen =
            from placed in Placement
            from gaps in Gaps
            from first in Gen.Choose(0, 60 * 24 * 60)
            from more in Gen.Choose(0, 60 * 24 * 30)
            select (placed, gaps, first, more);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var facts = Build(t.placed, t.gaps, 5);
            var earlier = t.placed + Duration.FromMinutes(t.first);
            var later = earlier + Duration.FromMinutes(t.more);
            return CodesAt(facts, earlier).IsSubsetOf(CodesAt(facts, later));
        });
    }

    [Property(MaxTest = 200)]
    public Property A_step_exactly_at_its_deadline_is_in_time_and_one_minute_later_is_late()
    {
        var gen =
            from placed in Placement
            from step in Gen.Choose(1, 5)
            select (placed, step: (UrgentRemovalStep)step);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var facts = new UrgentRemovalFacts { PlacedInSafety = t.placed };
            var previous = t.placed;
            for (var s = UrgentRemovalStep.TransmissionToProsecutor; s < t.step; s++)
            {
                previous = UrgentRemovalTerms.Deadline(s, previous);
                facts = facts.With(s, previous);
            }
            var deadline = UrgentRemovalTerms.Deadline(t.step, previous);
            var asOf = deadline + Duration.FromHours(1);
            var onTime = UrgentRemovalTimeline.Compute(facts.With(t.step, deadline), asOf)[t.step];
            var late = UrgentRemovalTimeline.Compute(facts.With(t.step, deadline + Duration.FromMinutes(1)), asOf)[t.step];
            return !onTime.IsLate && late.IsLate && late.OverdueSince == deadline;
        });
    }
}
