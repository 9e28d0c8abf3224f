using NodaTime;

namespace Affido.Rules;

/// <summary>
/// The dates between which a version of a rule applies, judged on the date of the provision (the decree or the start
/// of the placement): a rule whose legal text changed has one version per text.
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

    /// <summary>Whether the version applies to a provision dated <paramref name="provisionDate"/>.</summary>
    /// <param name="provisionDate">The date of the provision.</param>
    public bool AppliesTo(LocalDate provisionDate) => (From is null || provisionDate >= From.Value) && (Until is null || provisionDate <= Until.Value);
}
