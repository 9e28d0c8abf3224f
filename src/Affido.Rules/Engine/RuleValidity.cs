using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The dates between which a version of a rule applies, judged on the date of its provision
/// (<see cref="IRule{TFacts}.ProvisionDate"/>): a rule whose legal text changed has one version per text, and a rule
/// introduced by a reform applies from the reform. Every dated validity of the library is named here.
/// </summary>
/// <remarks>Both ends are inclusive; a <see langword="null"/> end is open.</remarks>
/// <param name="From">The first day the version applies, or <see langword="null"/> for "since always".</param>
/// <param name="Until">The last day it applies, or <see langword="null"/> for "still in force".</param>
public sealed record RuleValidity(LocalDate? From, LocalDate? Until)
{
    /// <summary>The day the Cartabia reform's civil-procedure rules apply from (D.Lgs. 149/2022 art. 35, as amended by L. 197/2022): 28 February 2023.</summary>
    public static LocalDate CartabiaReform { get; } = new(2023, 2, 28);

    /// <summary>Always in force.</summary>
    public static RuleValidity Always { get; } = new(null, null);

    /// <summary>The text in force until 27 February 2023.</summary>
    public static RuleValidity BeforeCartabia { get; } = new(null, CartabiaReform.PlusDays(-1));

    /// <summary>The text in force since 28 February 2023.</summary>
    public static RuleValidity SinceCartabia { get; } = new(CartabiaReform, null);

    /// <summary>
    /// Since 13 November 2015, when L. 173/2015 (G.U. 29 October 2015) came into force: the carers are convened in
    /// proceedings on the fostered minor (L. 184/1983 art. 5 c. 1).
    /// </summary>
    public static RuleValidity SinceLaw173Of2015 { get; } = new(new LocalDate(2015, 11, 13), null);

    /// <summary>
    /// Since 22 June 2022: the terms of art. 403 c.c. as replaced by L. 206/2021 apply to removals from the 180th day
    /// after the law came into force on 24 December 2021 (L. 206/2021 art. 1 c. 37); before, art. 403 set no terms.
    /// </summary>
    public static RuleValidity SinceLaw206Of2021 { get; } = new(new LocalDate(2022, 6, 22), null);

    /// <summary>Whether the version applies to a provision dated <paramref name="provisionDate"/>.</summary>
    /// <param name="provisionDate">The date of the provision.</param>
    /// <remarks>A date of another calendar is the same day in the ISO calendar (NodaTime compares dates of one calendar only).</remarks>
    public bool AppliesTo(LocalDate provisionDate)
    {
        var day = provisionDate.Calendar == CalendarSystem.Iso ? provisionDate : provisionDate.WithCalendar(CalendarSystem.Iso);
        return (From is null || day >= From.Value) && (Until is null || day <= Until.Value);
    }

    /// <summary>Whether some date lies in both this validity and <paramref name="other"/>.</summary>
    /// <param name="other">The other validity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(RuleValidity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        bool thisStartsBeforeOtherEnds = From is null || other.Until is null || From.Value <= other.Until.Value;
        bool otherStartsBeforeThisEnds = other.From is null || Until is null || other.From.Value <= Until.Value;
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
