using NodaTime;

namespace Affido.Domain;

/// <summary>A minor (minore) who may be, or is, in foster care (Reg. art. 4; L. 184/1983 art. 2).</summary>
/// <remarks>
/// <para>Pseudonymous: a <see cref="MinorCode"/>, never a name. Ages are computed with <see cref="Ages"/>.</para>
/// <para>Built with an object initializer; <see cref="Code"/>, <see cref="BirthDate"/> and <see cref="Sex"/> are
/// required, the rest optional. Validate with <see cref="MinorValidator"/>.</para>
/// <para><see cref="ToString"/> prints the code only: needs (health), background (religion) and the MSNA status are
/// special-category data (Reg. UE 2016/679 art. 9) and never leave the library in a message or a log line.</para>
/// </remarks>
public sealed record Minor
{
    /// <summary>The pseudonymous code.</summary>
    public required MinorCode Code { get; init; }

    /// <summary>The birth date.</summary>
    public required LocalDate BirthDate { get; init; }

    /// <summary>The sex as recorded.</summary>
    public required Sex Sex { get; init; }

    /// <summary>The languages the minor speaks.</summary>
    public ValueArray<LanguageCode> Languages { get; init; }

    /// <summary>The cultural or religious background, only when the social worker records it as relevant.</summary>
    public BackgroundTag? Background { get; init; }

    /// <summary>The graded needs.</summary>
    public NeedProfile Needs { get; init; }

    /// <summary>The group of siblings the minor belongs to, if any (Reg. art. 4).</summary>
    public SiblingGroupId? SiblingGroup { get; init; }

    /// <summary>Whether the minor is an unaccompanied foreign minor (MSNA, L. 47/2017).</summary>
    public bool IsUnaccompaniedForeignMinor { get; init; }

    /// <summary>
    /// Whether a minor under 12 has been judged to have capacity of discernment (capacità di discernimento), and so
    /// must be heard (L. 184/1983 art. 4 c. 1).
    /// </summary>
    public bool HasCapacityOfDiscernment { get; init; }

    /// <summary>The age in whole years on <paramref name="date"/> (see <see cref="Ages.YearsOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="leapDayRule">Where a 29 February birth reaches an age in a common year.</param>
    public int AgeOn(LocalDate date, LeapDayBirthdayRule leapDayRule = LeapDayBirthdayRule.FirstOfMarch)
        => Ages.YearsOn(BirthDate, date, leapDayRule);

    /// <summary>"Minor { Code = M-2026-0101 }": the code only (see the remarks).</summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code.ToString());
        return true;
    }
}
