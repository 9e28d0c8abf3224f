namespace Affido.Domain;

/// <summary>A person a carer is related to, with the degree computed per art. 76 and 78 c.c.</summary>
/// <remarks>
/// Used for kinship placements (affidamento parentale: relatives within the 4th degree, Reg. art. 3) and for conflicts
/// of interest (a carer related within the 4th degree to the judge, the court expert or a social worker of the
/// proceeding, L. 184/1983 art. 2 c. 1.1). The degree is at least 1.
/// </remarks>
/// <param name="Person">The related person's pseudonymous code (for a minor, <see cref="MinorCode.AsPerson"/>).</param>
/// <param name="Degree">The degree of kinship, 1 or more.</param>
/// <param name="Kind">Blood or in-law.</param>
public sealed record Relative(PersonCode Person, int Degree, KinshipKind Kind = KinshipKind.Blood)
{
    /// <summary>The highest degree that makes a relative for kinship placements and conflicts of interest.</summary>
    public const int MaxRelevantDegree = 4;

    /// <summary>Whether the relation is within the 4th degree.</summary>
    public bool IsWithinFourthDegree => Degree is >= 1 and <= MaxRelevantDegree;
}
