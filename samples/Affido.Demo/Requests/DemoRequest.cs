using Affido.Domain;
using NodaTime;

namespace Affido.Demo;

/// <summary>How far from the family of origin a placement must be, when the court or the service says so.</summary>
public enum ProtectionConstraint
{
    /// <summary>No constraint.</summary>
    None = 0,

    /// <summary>Not in the family of origin's municipality.</summary>
    NotSameMunicipality = 1,

    /// <summary>Not in the family of origin's social district (nor its municipality).</summary>
    NotSameDistrict = 2,
}

/// <summary>A request as the demo reads it from JSON, with municipalities resolved against the real territory.</summary>
/// <param name="Id">A short identifier (used in messages and tables).</param>
/// <param name="Title">What the social worker would call the case.</param>
/// <param name="Minors">The minor, or the sibling group (two or more minors placed together).</param>
/// <param name="Form">The placement form needed.</param>
/// <param name="Arrangement">Full-time or part-time.</param>
/// <param name="Start">The expected start.</param>
/// <param name="DurationMonths">The expected duration in months (at most 24, L. 184/1983 art. 4 c. 4).</param>
/// <param name="FamilyMunicipality">Where the family of origin lives.</param>
/// <param name="SchoolMunicipality">Where the minor goes to school, when it matters.</param>
/// <param name="Protection">A protection constraint on the carer's municipality or district.</param>
/// <param name="KinshipOf">For a kinship search: the person (usually a parent) whose relatives are sought.</param>
/// <param name="AllowInAssessment">Whether carers still in assessment may be shown.</param>
/// <param name="SiblingsContraindicated">Whether separating the siblings is stated in the plan or decree (Reg. art. 4).</param>
/// <param name="Urgency">A multiplier on the request's scores when planning a waiting list (1 = ordinary).</param>
public sealed record DemoRequest(
    string Id,
    string Title,
    ValueArray<Minor> Minors,
    PlacementForm Form,
    TimeArrangement Arrangement,
    LocalDate Start,
    int DurationMonths,
    Municipality FamilyMunicipality,
    Municipality? SchoolMunicipality = null,
    ProtectionConstraint Protection = ProtectionConstraint.None,
    PersonCode? KinshipOf = null,
    bool AllowInAssessment = false,
    bool SiblingsContraindicated = false,
    double Urgency = 1.0);

/// <summary>The requests to rank one by one and the waiting list to plan at once.</summary>
/// <param name="Requests">Requests ranked one at a time, each with its table of candidates.</param>
/// <param name="WaitingList">Requests planned together; when the file has none, the demo plans <paramref name="Requests"/>.</param>
public sealed record DemoRequestSet(ValueArray<DemoRequest> Requests, ValueArray<DemoRequest> WaitingList);
