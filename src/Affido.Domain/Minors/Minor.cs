using NodaTime;

namespace Affido.Domain;

/// <summary>A minor (minore) who may be, or is, in foster care (Reg. art. 4; L. 184/1983 art. 2).</summary>
/// <remarks>
/// Pseudonymous: a <see cref="MinorCode"/>, never a name. Ages are computed with <see cref="Ages"/>.
/// </remarks>
/// <param name="Code">The pseudonymous code.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="Sex">The sex as recorded.</param>
/// <param name="Languages">The languages the minor speaks.</param>
/// <param name="Background">The cultural or religious background, only when the social worker records it as relevant.</param>
/// <param name="Needs">The graded needs.</param>
/// <param name="SiblingGroup">The group of siblings the minor belongs to, if any (Reg. art. 4).</param>
/// <param name="IsUnaccompaniedForeignMinor">Whether the minor is an unaccompanied foreign minor (MSNA, L. 47/2017).</param>
/// <param name="HasCapacityOfDiscernment">Whether a minor under 12 has been judged to have capacity of discernment (capacità di discernimento), and so must be heard (L. 184/1983 art. 4 c. 1).</param>
public sealed record Minor(
    MinorCode Code,
    LocalDate BirthDate,
    Sex Sex,
    ValueArray<LanguageCode> Languages = default,
    BackgroundTag? Background = null,
    NeedProfile Needs = default,
    SiblingGroupId? SiblingGroup = null,
    bool IsUnaccompaniedForeignMinor = false,
    bool HasCapacityOfDiscernment = false)
{
    /// <summary>The age in whole years on <paramref name="date"/> (see <see cref="Ages.YearsOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    public int AgeOn(LocalDate date, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
        => Ages.YearsOn(BirthDate, date, leapDayRule);
}
