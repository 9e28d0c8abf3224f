namespace Affido.Domain;

/// <summary>The ages, in whole years and inclusive, of the minors a carer is available for.</summary>
/// <remarks>Valid when 0 ≤ <see cref="MinYears"/> ≤ <see cref="MaxYears"/> ≤ 17 (the validators check it).</remarks>
/// <param name="MinYears">The youngest age accepted.</param>
/// <param name="MaxYears">The oldest age accepted.</param>
public sealed record AgeRange(int MinYears, int MaxYears)
{
    /// <summary>Every age of a minor, 0 to 17.</summary>
    public static AgeRange AnyMinor { get; } = new(0, Ages.Majority - 1);

    /// <summary>Whether <paramref name="years"/> lies in the range.</summary>
    /// <param name="years">An age in whole years.</param>
    public bool Contains(int years) => years >= MinYears && years <= MaxYears;

    /// <summary>"0-17" style.</summary>
    public override string ToString() => $"{MinYears}-{MaxYears}";
}
