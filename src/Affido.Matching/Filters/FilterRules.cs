namespace Affido.Matching;

/// <summary>The predicates behind the hard filters, shared by the specifications and the index.</summary>
internal static class FilterRules
{
    public static bool StatusEligible(AssessmentStatus status, bool includeInAssessment)
        => status == AssessmentStatus.Approved || (includeInAssessment && status == AssessmentStatus.InAssessment);

    public static bool ProtectionAllows(Municipality carer, Municipality origin, ProtectionConstraint protection) => protection switch
    {
        ProtectionConstraint.None => true,
        ProtectionConstraint.NotSameMunicipality => carer.Code != origin.Code,
        ProtectionConstraint.NotSameDistrict => carer.Code != origin.Code
            && carer.District is { IsEmpty: false } district && district != origin.District,
        _ => false,
    };

    public static int? KinshipDegree(FosterCarer carer, IReadOnlyList<PersonCode> minors)
    {
        int? best = null;
        foreach (var person in minors)
        {
            int? degree = carer.KinshipDegreeTo(person);
            if (degree is not null && (best is null || degree < best))
            {
                best = degree;
            }
        }

        return best;
    }

    public static bool IsRelatedToAny(FosterCarer carer, IReadOnlyList<PersonCode> persons)
        => persons.Any(p => carer.KinshipDegreeTo(p) is not null);
}
