namespace Affido.Domain;

/// <summary>
/// The day on which a person born on 29 February reaches an age in a common year.
/// </summary>
/// <remarks>
/// No statute settles it. Art. 2963 c. 5 c.c. (a term in months or years ending in a month without the same-numbered
/// day ends on the last day of that month) points to 28 February by analogy; the common reading for ages, and the
/// default here, is 1 March: the day after 28 February, when the full year has certainly elapsed. Districts choose
/// through their policy; the choice is documented and tested.
/// </remarks>
public enum LeapDayBirthdayRule
{
    /// <summary>The age is reached on 1 March in common years (the default).</summary>
    FirstOfMarch = 0,

    /// <summary>The age is reached on 28 February in common years (art. 2963 c. 5 c.c. by analogy).</summary>
    TwentyEighthOfFebruary = 1,
}
