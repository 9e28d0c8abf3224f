using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The term of a placement: its presumed end, the legal maximum and the planned end after extensions
/// (L. 184/1983 art. 4 c. 4). Month terms follow art. 2963 c.c.: the same-numbered day of the month of expiry, or its
/// last day when shorter (NodaTime's <see cref="LocalDate.PlusMonths"/>); the day of expiry is the last day of the
/// placement.
/// </summary>
/// <remarks>
/// An extension counts by the law in force on the date of its decree: until 27 February 2023 any extension by the
/// juvenile court ("pregiudizio"); since 28 February 2023 only one granted on the public prosecutor's request for
/// serious harm ("grave pregiudizio", D.Lgs. 149/2022).
/// </remarks>
/// <param name="Start">The first day of the placement.</param>
/// <param name="PresumedEnd">Start plus the plan's presumed duration, when the plan states one.</param>
/// <param name="Maximum">Start plus 24 months: the last day the law allows without an extension.</param>
/// <param name="ExtendedUntil">The latest end granted by a counting extension, if any.</param>
public sealed record PlacementTerm(LocalDate Start, LocalDate? PresumedEnd, LocalDate Maximum, LocalDate? ExtendedUntil)
{
    /// <summary>The maximum presumed duration without an extension: 24 months (L. 184/1983 art. 4 c. 4).</summary>
    public static Period MaximumDuration { get; } = Period.FromMonths(24);

    /// <summary>The planned end: the later of the presumed end and the latest counting extension; <see langword="null"/> when neither is known.</summary>
    public LocalDate? PlannedEnd
    {
        get
        {
            if (PresumedEnd is { } presumed && ExtendedUntil is { } extended)
            {
                return presumed > extended ? presumed : extended;
            }
            return PresumedEnd ?? ExtendedUntil;
        }
    }

    /// <summary>Whether the presumed end lies beyond the 24-month maximum.</summary>
    public bool ExceedsMaximum => PresumedEnd is { } end && end > Maximum;

    /// <summary>The term of <paramref name="placement"/> with <paramref name="plan"/>.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="plan">Its plan (a presumed duration with time units is ignored: the validator rejects it).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PlacementTerm Of(Placement placement, PlacementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        LocalDate? presumedEnd = plan.PresumedDuration is { HasTimeComponent: false } d ? placement.Start.Plus(d) : null;
        LocalDate? extended = null;
        foreach (var extension in placement.Extensions)
        {
            if (Counts(extension) && (extended is null || extension.Until > extended.Value))
            {
                extended = extension.Until;
            }
        }
        return new PlacementTerm(placement.Start, presumedEnd, placement.Start.Plus(MaximumDuration), extended);
    }

    /// <summary>Whether an extension counts under the law in force on the date of its decree (see remarks).</summary>
    /// <param name="extension">The extension.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public static bool Counts(Extension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return RuleValidity.BeforeCartabia.AppliesTo(extension.DecreedOn) ? PreCartabiaCounts(extension) : SinceCartabiaCounts(extension);
    }

    /// <summary>Until 27 February 2023: any extension by the juvenile court, on the ground of harm ("pregiudizio").</summary>
    internal static bool PreCartabiaCounts(Extension extension) => extension is not null;

    /// <summary>Since 28 February 2023: only on the public prosecutor's request, for serious harm (D.Lgs. 149/2022).</summary>
    internal static bool SinceCartabiaCounts(Extension extension) => extension.OnProsecutorRequest && extension.Ground == HarmGround.SeriousHarm;
}
