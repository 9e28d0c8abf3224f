using NodaTime;

namespace Affido.Domain;

/// <summary>
/// The individual plan (progetto individuale di affido, Reg. art. 8 a-h), drawn up by the social service (Reg. art. 7.2).
/// </summary>
/// <remarks>
/// Every element is optional here, because a plan in progress lacks some: Affido.Rules reports each missing element
/// (plan.element-missing) and signature (plan.signature-missing). Built with an object initializer; every member is
/// optional. <see cref="ToString"/> prints the periods and the signatures, never the free texts: they describe a
/// minor and a family (therapies, health, contacts) and stay out of logs.
/// </remarks>
public sealed record PlacementPlan
{
    /// <summary>a) the presumed duration (durata presumibile), at most 24 months (L. 184/1983 art. 4 c. 4).</summary>
    public Period? PresumedDuration { get; init; }

    /// <summary>b) the goals of the placement.</summary>
    public string? Goals { get; init; }

    /// <summary>c) how and how often the minor, the family of origin, the carers and the services meet.</summary>
    public string? ContactArrangements { get; init; }

    /// <summary>d) the commitments of the family of origin, with the interventions, professionals and services involved.</summary>
    public string? FamilyOfOriginCommitments { get; init; }

    /// <summary>e) the commitments of the carers, with the support they receive.</summary>
    public string? CarerCommitments { get; init; }

    /// <summary>f) the commitments of the social service.</summary>
    public string? SocialServiceCommitments { get; init; }

    /// <summary>f) how often the social service verifies the plan's progress: at most 3 months.</summary>
    public Period? VerificationCadence { get; init; }

    /// <summary>g) the commitments of the foster-care service.</summary>
    public string? FosterCareServiceCommitments { get; init; }

    /// <summary>h) the consent act signed by the parents or the guardian, or the reference to the court's decree.</summary>
    public string? ConsentOrDecreeReference { get; init; }

    /// <summary>The signatures collected.</summary>
    public ValueArray<PlanSignature> Signatures { get; init; }

    /// <summary>
    /// "PlacementPlan { PresumedDuration = P24M, VerificationCadence = P3M, Signatures = [...] }": the free texts are
    /// left out (see the remarks).
    /// </summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PresumedDuration = ").Append(PresumedDuration?.ToString())
            .Append(", VerificationCadence = ").Append(VerificationCadence?.ToString())
            .Append(", Signatures = ").Append(Signatures.ToString());
        return true;
    }
}
