using Affido.Domain;
using Affido.Matching;
using NodaTime;

namespace Affido.Demo;

/// <summary>
/// A request of the demo's file: the library's <see cref="MatchRequest"/>, read through
/// Affido.Serialization.SystemTextJson, with the demo's own title and urgency.
/// </summary>
/// <param name="Request">The request as Affido.Matching takes it.</param>
/// <param name="Title">What the social worker would call the case (the id when the file gives none).</param>
/// <param name="Urgency">A multiplier on the request's scores when planning a waiting list (1 = ordinary).</param>
public sealed record DemoRequest(MatchRequest Request, string Title, double Urgency = 1.0)
{
    /// <summary>The request's id.</summary>
    public string Id => Request.Id;

    /// <summary>The minor, or the sibling group.</summary>
    public ValueArray<Minor> Minors => Request.Minors;

    /// <summary>The placement form needed.</summary>
    public PlacementForm Form => Request.Form;

    /// <summary>Full-time or part-time.</summary>
    public TimeArrangement Arrangement => Request.Arrangement;

    /// <summary>The expected start.</summary>
    public LocalDate Start => Request.ExpectedStart;

    /// <summary>The expected duration in months (the file gives whole months, 1 to 24).</summary>
    public int DurationMonths => (Request.ExpectedDuration.Years * 12) + Request.ExpectedDuration.Months;

    /// <summary>Where the family of origin lives.</summary>
    public Municipality FamilyMunicipality => Request.FamilyOfOrigin;

    /// <summary>Where the minor goes to school, when it matters.</summary>
    public Municipality? SchoolMunicipality => Request.School;

    /// <summary>A protection constraint on the carer's municipality or district.</summary>
    public ProtectionConstraint Protection => Request.Protection;

    /// <summary>A kinship search.</summary>
    public bool KinshipOnly => Request.KinshipOnly;

    /// <summary>Whether carers still in assessment may be shown.</summary>
    public bool AllowInAssessment => Request.IncludeInAssessment;

    /// <summary>
    /// The request as Affido.Matching takes it. When the file names no languages or backgrounds for the request, the
    /// library looks for those of its minors (<see cref="MatchRequest.EffectiveLanguages"/>).
    /// </summary>
    /// <returns>The match request.</returns>
    public MatchRequest ToMatchRequest() => Request;
}

/// <summary>The requests to rank one by one and the waiting list to plan at once.</summary>
/// <param name="Requests">Requests ranked one at a time, each with its table of candidates.</param>
/// <param name="WaitingList">Requests planned together; when the file has none, the demo plans <paramref name="Requests"/>.</param>
public sealed record DemoRequestSet(ValueArray<DemoRequest> Requests, ValueArray<DemoRequest> WaitingList);
