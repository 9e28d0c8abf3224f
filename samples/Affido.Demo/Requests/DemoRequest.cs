using Affido.Domain;
using Affido.Matching;
using NodaTime;

namespace Affido.Demo;

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
/// <param name="KinshipOnly">A kinship search: only carers who are relatives of the minor within the 4th degree.</param>
/// <param name="AllowInAssessment">Whether carers still in assessment may be shown.</param>
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
    bool KinshipOnly = false,
    bool AllowInAssessment = false,
    double Urgency = 1.0)
{
    /// <summary>The request as Affido.Matching takes it: languages and backgrounds are the minors' own.</summary>
    /// <returns>The match request.</returns>
    public MatchRequest ToMatchRequest() => new MatchRequest
    {
        Id = Id,
        Minors = Minors,
        Form = Form,
        Arrangement = Arrangement,
        ExpectedStart = Start,
        ExpectedDuration = Period.FromMonths(DurationMonths),
        FamilyOfOrigin = FamilyMunicipality,
        School = SchoolMunicipality,
        Protection = Protection,
        Languages = [.. Minors.SelectMany(m => m.Languages).Distinct()],
        Backgrounds = [.. Minors.Where(m => m.Background is not null).Select(m => m.Background!.Value).Distinct()],
        KinshipOnly = KinshipOnly,
        IncludeInAssessment = AllowInAssessment,
    };
}

/// <summary>The requests to rank one by one and the waiting list to plan at once.</summary>
/// <param name="Requests">Requests ranked one at a time, each with its table of candidates.</param>
/// <param name="WaitingList">Requests planned together; when the file has none, the demo plans <paramref name="Requests"/>.</param>
public sealed record DemoRequestSet(ValueArray<DemoRequest> Requests, ValueArray<DemoRequest> WaitingList);
