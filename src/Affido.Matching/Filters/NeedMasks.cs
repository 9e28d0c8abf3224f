namespace Affido.Matching;

/// <summary>
/// A group's needs as two masks over <see cref="NeedProfile.Packed"/> (two bits a category: None 00, Low 01,
/// Medium 10, High 11), so that "the carer accepts at least this level in every category" is two mask tests:
/// <c>(accepted &amp; High) == High</c> and <c>((accepted | accepted &gt;&gt; 1) &amp; Low) == Low</c>.
/// </summary>
/// <remarks>
/// A High need sets both bits of its category in <see cref="High"/> (the carer must accept High); a Medium need sets
/// the category's upper bit in <see cref="High"/> (Medium or High); a Low need sets the lower bit in <see cref="Low"/>
/// (any level but None, i.e. either bit). Shared by the Needs specification and the index.
/// </remarks>
/// <param name="High">Bits the carer's accepted levels must all have.</param>
/// <param name="Low">Categories (lower bit) in which the carer must accept some level.</param>
internal readonly record struct NeedMasks(int High, int Low)
{
    public static NeedMasks Of(NeedProfile needs)
    {
        int high = 0;
        int low = 0;
        for (int c = 0; c < NeedProfile.CategoryCount; c++)
        {
            int shift = 2 * c;
            switch (needs[(NeedCategory)c])
            {
                case NeedLevel.High:
                    high |= 0b11 << shift;
                    break;
                case NeedLevel.Medium:
                    high |= 0b10 << shift;
                    break;
                case NeedLevel.Low:
                    low |= 0b01 << shift;
                    break;
                default:
                    break;
            }
        }

        return new NeedMasks(high, low);
    }
}
