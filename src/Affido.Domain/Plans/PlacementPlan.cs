using NodaTime;

namespace Affido.Domain;

/// <summary>A signature on the individual plan.</summary>
/// <param name="By">Who signed.</param>
/// <param name="SignedOn">When.</param>
public sealed record PlanSignature(Signatory By, LocalDate SignedOn);

/// <summary>
/// The individual plan (progetto individuale di affido, Reg. art. 8 a-h), drawn up by the social service (Reg. art. 7.2).
/// </summary>
/// <remarks>
/// Every element is optional here, because a plan in progress lacks some: Affido.Rules reports each missing element
/// (plan.element-missing) and signature (plan.signature-missing).
/// </remarks>
/// <param name="PresumedDuration">a) the presumed duration (durata presumibile), at most 24 months (L. 184/1983 art. 4 c. 4).</param>
/// <param name="Goals">b) the goals of the placement.</param>
/// <param name="ContactArrangements">c) how and how often the minor, the family of origin, the carers and the services meet.</param>
/// <param name="FamilyOfOriginCommitments">d) the commitments of the family of origin, with the interventions, professionals and services involved.</param>
/// <param name="CarerCommitments">e) the commitments of the carers, with the support they receive.</param>
/// <param name="SocialServiceCommitments">f) the commitments of the social service.</param>
/// <param name="VerificationCadence">f) how often the social service verifies the plan's progress: at most 3 months.</param>
/// <param name="FosterCareServiceCommitments">g) the commitments of the foster-care service.</param>
/// <param name="ConsentOrDecreeReference">h) the consent act signed by the parents or the guardian, or the reference to the court's decree.</param>
/// <param name="Signatures">The signatures collected.</param>
public sealed record PlacementPlan(
    Period? PresumedDuration = null,
    string? Goals = null,
    string? ContactArrangements = null,
    string? FamilyOfOriginCommitments = null,
    string? CarerCommitments = null,
    string? SocialServiceCommitments = null,
    Period? VerificationCadence = null,
    string? FosterCareServiceCommitments = null,
    string? ConsentOrDecreeReference = null,
    ValueArray<PlanSignature> Signatures = default);
