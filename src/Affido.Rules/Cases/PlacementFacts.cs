using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>What the placement rules judge: a placement and its individual plan (Reg. art. 8).</summary>
/// <remarks>
/// Evaluate it with <see cref="RuleEvaluator.Evaluate(Placement, PlacementPlan, LocalDate)"/>, or together with the
/// other placements of its case in a <see cref="CaseFacts"/>. Validated by <see cref="PlacementFactsValidator"/>.
/// </remarks>
/// <param name="Placement">The placement.</param>
/// <param name="Plan">Its individual plan.</param>
public sealed record PlacementFacts(Placement Placement, PlacementPlan Plan)
{
    /// <summary>
    /// The facts as they stood on <paramref name="asOf"/>: every act dated after it is removed, because an act counts
    /// from the day it bears. Removed are the consents, hearings, the carers' commitment, decrees, extensions, signals
    /// to the prosecutor, verifications, court reports and plan signatures dated later, and an end dated later (the
    /// placement was still running). What bears no date (the minors, the plan's contents, a stated contraindication)
    /// is kept. This is what every rule is shown.
    /// </summary>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <returns>The facts without the later acts (null elements are dropped too).</returns>
    public PlacementFacts AsOf(LocalDate asOf)
    {
        var placement = Placement is null ? null! : Placement with
        {
            Consents = Keep(Placement.Consents, c => c.SignedOn, asOf),
            Hearings = Keep(Placement.Hearings, h => h.HeldOn, asOf),
            Commitment = Placement.Commitment is { } commitment && commitment.SignedOn <= asOf ? commitment : null,
            Decrees = Keep(Placement.Decrees, d => d.IssuedOn, asOf),
            Extensions = Keep(Placement.Extensions, e => e.DecreedOn, asOf),
            ExtensionSignals = Keep(Placement.ExtensionSignals, s => s.SentOn, asOf),
            Verifications = Keep(Placement.Verifications, v => v.HeldOn, asOf),
            CourtReports = Keep(Placement.CourtReports, r => r.SentOn, asOf),
            End = Placement.End is { } end && end.On <= asOf ? end : null,
        };
        var plan = Plan is null ? null! : Plan with { Signatures = Keep(Plan.Signatures, s => s.SignedOn, asOf) };
        return new PlacementFacts(placement, plan);
    }

    private static ValueArray<T> Keep<T>(ValueArray<T> acts, Func<T, LocalDate> date, LocalDate asOf)
        where T : class
        => acts.Where(a => a is not null && date(a) <= asOf).ToValueArray();
}
