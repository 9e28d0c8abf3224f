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
/// serious harm ("grave pregiudizio", D.Lgs. 149/2022). The rules compute the term of the placement as it stood on the
/// evaluation date, so an extension decreed later does not count yet.
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

    /// <summary>The term of <paramref name="placement"/> with <paramref name="plan"/>, with every extension recorded.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="plan">Its plan (a presumed duration in time units, or one ending beyond <see cref="SupportedDates"/>, gives no presumed end: the validators reject both).</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The placement's start, or an extension's end, lies outside <see cref="SupportedDates"/>.</exception>
    public static PlacementTerm Of(Placement placement, PlacementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(plan);
        if (!SupportedDates.Contains(placement.Start))
        {
            throw new ArgumentOutOfRangeException(nameof(placement), "The placement's Start lies outside the supported dates (SupportedDates).");
        }
        LocalDate? extended = null;
        foreach (var extension in placement.Extensions)
        {
            if (extension is not null && !SupportedDates.Contains(extension.Until))
            {
                throw new ArgumentOutOfRangeException(nameof(placement), "An extension's Until lies outside the supported dates (SupportedDates).");
            }
            if (extension is not null && Counts(extension) && (extended is null || extension.Until > extended.Value))
            {
                extended = extension.Until;
            }
        }
        return new PlacementTerm(placement.Start, SupportedDates.TryAdd(placement.Start, plan.PresumedDuration), placement.Start.Plus(MaximumDuration), extended);
    }

    /// <summary>Whether an extension counts under the law in force on the date of its decree (see remarks).</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>True when it counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public static bool Counts(Extension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return RuleValidity.BeforeCartabia.AppliesTo(extension.DecreedOn) ? CountsBeforeCartabia(extension) : CountsSinceCartabia(extension);
    }

    /// <summary>Until 27 February 2023: any extension by the juvenile court, on the ground of harm ("pregiudizio").</summary>
    internal static bool CountsBeforeCartabia(Extension extension) => extension is not null;

    /// <summary>Since 28 February 2023: only on the public prosecutor's request, for serious harm (D.Lgs. 149/2022).</summary>
    internal static bool CountsSinceCartabia(Extension extension) => extension.OnProsecutorRequest && extension.Ground == HarmGround.SeriousHarm;
}
