namespace Affido.Domain;

/// <summary>The kind of a declared relation between two persons, the facts from which kinship degrees are computed.</summary>
public enum DeclaredRelationKind
{
    /// <summary>The first person is a parent of the second (filiazione; art. 74-75 c.c.): one generation.</summary>
    ParentOf = 0,

    /// <summary>The two persons are spouses (coniugi; art. 78 c.c.): the source of affinity, not itself a degree of kinship.</summary>
    SpouseOf = 1,
}

/// <summary>
/// A relation declared between two pseudonymous persons (a parent and a child, or two spouses), from which
/// <see cref="KinshipCalculator"/> derives blood kinship (parentela, art. 74-76 c.c.) and affinity (affinità, art. 78 c.c.).
/// </summary>
/// <remarks>
/// <see cref="DeclaredRelationKind.ParentOf"/> reads "<see cref="First"/> is a parent of <see cref="Second"/>";
/// <see cref="DeclaredRelationKind.SpouseOf"/> is symmetric. Codes only, never names.
/// </remarks>
/// <param name="First">The first person (the parent, or one spouse).</param>
/// <param name="Kind">The kind of relation.</param>
/// <param name="Second">The second person (the child, or the other spouse).</param>
public sealed record DeclaredRelation(PersonCode First, DeclaredRelationKind Kind, PersonCode Second)
{
    /// <summary>"<paramref name="parent"/> is a parent of <paramref name="child"/>".</summary>
    /// <param name="parent">The parent.</param>
    /// <param name="child">The child.</param>
    public static DeclaredRelation Parent(PersonCode parent, PersonCode child) => new(parent, DeclaredRelationKind.ParentOf, child);

    /// <summary>"<paramref name="one"/> and <paramref name="other"/> are spouses".</summary>
    /// <param name="one">One spouse.</param>
    /// <param name="other">The other spouse.</param>
    public static DeclaredRelation Spouses(PersonCode one, PersonCode other) => new(one, DeclaredRelationKind.SpouseOf, other);

    /// <summary>"A parent-of B" or "A spouse-of B".</summary>
    public override string ToString() => Kind == DeclaredRelationKind.ParentOf ? $"{First} parent-of {Second}" : $"{First} spouse-of {Second}";
}
