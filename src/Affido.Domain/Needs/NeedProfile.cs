namespace Affido.Domain;

/// <summary>
/// A level per <see cref="NeedCategory"/>: on a minor, what the minor needs; on a carer's availability, the highest
/// level the carer accepts.
/// </summary>
/// <remarks>
/// Packed two bits a category in a 16-bit value, so that a profile is as cheap to copy and compare as an integer and
/// the matching index can check every category at once. Equality compares every category. The <c>default</c> value is
/// <see cref="None"/>: no need in any category (on a carer: accepts only minors with no need).
/// </remarks>
public readonly record struct NeedProfile
{
    /// <summary>The number of need categories.</summary>
    public const int CategoryCount = 8;

    private const int BitsPerCategory = 2;
    private const int LevelMask = 0b11;

    private NeedProfile(ushort packed) => Packed = packed;

    /// <summary>The levels, two bits per category, category 0 in the lowest bits.</summary>
    public ushort Packed { get; }

    /// <summary>No need in any category.</summary>
    public static NeedProfile None => default;

    /// <summary>The highest level in every category (a carer accepting everything).</summary>
    public static NeedProfile AllHigh => new(ushort.MaxValue);

    /// <summary>A profile from its packed form (see <see cref="Packed"/>).</summary>
    /// <param name="packed">Two bits per category.</param>
    public static NeedProfile FromPacked(ushort packed) => new(packed);

    /// <summary>A profile with the given levels; categories not named are <see cref="NeedLevel.None"/>.</summary>
    /// <param name="levels">Pairs of category and level; a category named twice keeps the last level.</param>
    /// <exception cref="ArgumentOutOfRangeException">A category or level is not a defined value.</exception>
    public static NeedProfile Of(params ReadOnlySpan<(NeedCategory Category, NeedLevel Level)> levels)
    {
        var profile = None;
        foreach (var (category, level) in levels)
        {
            profile = profile.With(category, level);
        }
        return profile;
    }

    /// <summary>The level in <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public NeedLevel this[NeedCategory category] => (NeedLevel)((Packed >> Shift(category)) & LevelMask);

    /// <summary>A copy with <paramref name="category"/> set to <paramref name="level"/>.</summary>
    /// <param name="category">The category.</param>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException">The category or level is not a defined value.</exception>
    public NeedProfile With(NeedCategory category, NeedLevel level)
    {
        if ((uint)level > (uint)NeedLevel.High)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined need level.");
        }
        int shift = Shift(category);
        int cleared = Packed & ~(LevelMask << shift);
        return new((ushort)(cleared | ((int)level << shift)));
    }

    /// <summary>
    /// Whether a carer whose accepted maxima are this profile accepts a minor with <paramref name="needs"/>: in every
    /// category the minor's level is at most the accepted one.
    /// </summary>
    /// <param name="needs">The minor's (or the sibling group's highest) needs.</param>
    public bool Accepts(NeedProfile needs)
    {
        for (int i = 0; i < CategoryCount; i++)
        {
            var category = (NeedCategory)i;
            if (needs[category] > this[category])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The highest level of the two profiles in each category (the needs of a sibling group).</summary>
    /// <param name="other">The other profile.</param>
    public NeedProfile Max(NeedProfile other)
    {
        var result = this;
        for (int i = 0; i < CategoryCount; i++)
        {
            var category = (NeedCategory)i;
            if (other[category] > result[category])
            {
                result = result.With(category, other[category]);
            }
        }
        return result;
    }

    /// <summary>The categories with a level above <see cref="NeedLevel.None"/>, e.g. "Health=Medium, Trauma=High", or "none".</summary>
    public override string ToString()
    {
        var self = this;
        var parts = Enum.GetValues<NeedCategory>().Where(c => self[c] != NeedLevel.None).Select(c => $"{c}={self[c]}");
        string text = string.Join(", ", parts);
        return text.Length == 0 ? "none" : text;
    }

    private static int Shift(NeedCategory category)
    {
        if ((uint)category >= CategoryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined need category.");
        }
        return (int)category * BitsPerCategory;
    }
}
