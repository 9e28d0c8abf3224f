using NodaTime;

namespace Affido.Domain;

/// <summary>
/// The one place where ages are computed. Everything else (consent at 14, hearing at 12, majority at 18, carers'
/// age ranges, the ages of the carers' own children) calls it.
/// </summary>
/// <remarks>
/// Age N is reached on the N-th anniversary of the birth (from the birthday itself, as the thresholds that protect the
/// minor apply: L. 184/1983 art. 4 c. 1 hearing from 12, Reg. art. 3 and 4 written consent from 14). A birth on
/// 29 February reaches an age in a common year on the day <see cref="LeapDayBirthdayRule"/> says. Majority (art. 2 c.c.)
/// is reached at the end of the 18th birthday, as the courts count it, so a person is an adult from the day after:
/// see <see cref="AdultFrom"/>.
/// </remarks>
public static class Ages
{
    /// <summary>The age of majority (art. 2 c.c.).</summary>
    public const int Majority = 18;

    /// <summary>The age from which the minor gives written consent to a placement (Reg. art. 3, art. 4).</summary>
    public const int WrittenConsent = 14;

    /// <summary>The age from which the minor must be heard (L. 184/1983 art. 4 c. 1; art. 315-bis c.c.).</summary>
    public const int Hearing = 12;

    /// <summary>The date on which a person born on <paramref name="birthDate"/> reaches <paramref name="years"/> years.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="years">The age, zero or more.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches the age in a common year.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative, or the anniversary lies beyond NodaTime's last year (9999).</exception>
    public static LocalDate AnniversaryOf(LocalDate birthDate, int years, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var anniversary = birthDate.PlusYears(years);
        bool leapDayBirth = birthDate.Month == 2 && birthDate.Day == 29;
        if (leapDayBirth && anniversary.Day == 28 && leapDayRule == LeapDayBirthdayRule.FirstOfMarch)
        {
            return anniversary.PlusDays(1);
        }
        return anniversary;
    }

    /// <summary>The age in whole years on <paramref name="date"/>, or -1 for a date before the birth.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="date">The date on which the age is wanted.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    public static int YearsOn(LocalDate birthDate, LocalDate date, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
    {
        if (date < birthDate)
        {
            return -1;
        }
        int years = date.Year - birthDate.Year;
        if (years > 0 && AnniversaryOf(birthDate, years, leapDayRule) > date)
        {
            years--;
        }
        return years;
    }

    /// <summary>Whether the person has reached <paramref name="years"/> on <paramref name="date"/> (from the birthday itself).</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="years">The age threshold.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    /// <remarks>Never throws for dates of one calendar, however far apart (an anniversary beyond year 9999 is simply not reached).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public static bool HasReached(LocalDate birthDate, int years, LocalDate date, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return YearsOn(birthDate, date, leapDayRule) >= years;
    }

    /// <summary>
    /// The first day on which the person is an adult: the day after the 18th birthday, since majority is reached at the
    /// end of that day (art. 2 c.c.; Cons. Stato Ad. Plen. 21/2011).
    /// </summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day lies beyond NodaTime's last year (9999).</exception>
    public static LocalDate AdultFrom(LocalDate birthDate, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
        => AnniversaryOf(birthDate, Majority, leapDayRule).PlusDays(1);

    /// <summary>Whether the person is still a minor on <paramref name="date"/> (the 18th birthday itself included).</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="date">The date.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    /// <remarks>Never throws for dates of one calendar, even when <see cref="AdultFrom"/> would lie beyond year 9999.</remarks>
    public static bool IsMinorOn(LocalDate birthDate, LocalDate date, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
    {
        int years = YearsOn(birthDate, date, leapDayRule);
        return years < Majority || (years == Majority && date == AnniversaryOf(birthDate, Majority, leapDayRule));
    }
}
