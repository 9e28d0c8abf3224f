using Affido.Domain;

namespace Affido.Rules;

/// <summary>
/// The stable codes of the findings of Affido.Rules (src/Affido.Rules/README.md lists each with its severity, source
/// and the facts it judges). Integrators store and translate them; they never change once published. Every code has
/// the grammar <see cref="Grammar"/> and is produced by one rule of <see cref="RuleCatalogue.Default"/>, whose
/// <see cref="RuleCatalogue.Codes"/> lists them all.
/// </summary>
public static class RuleCodes
{
    /// <summary>
    /// The grammar of every stable code of the library: lower-case kebab segments joined by dots, two or three segments
    /// (<c>area[.subject].state</c>).
    /// </summary>
    public const string Grammar = @"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$";

    /// <summary>Consensual placement without the written consent of the parents or the guardian (Reg. art. 3; L. 184/1983 art. 4 c. 1).</summary>
    public const string ParentsConsentMissing = "consent.parents.missing";

    /// <summary>Minor aged 14 or more on the date of the provision without written consent (Reg. art. 3, art. 4).</summary>
    public const string MinorConsentMissing = "consent.minor.missing";

    /// <summary>Minor aged 12 or more, or younger with capacity of discernment, not heard (L. 184/1983 art. 4 c. 1).</summary>
    public const string MinorHearingMissing = "hearing.minor.missing";

    /// <summary>No signed commitment of the carers (Reg. art. 3).</summary>
    public const string CarersCommitmentMissing = "commitment.carers.missing";

    /// <summary>Consensual placement without the giudice tutelare's decree (Reg. art. 3; L. 184/1983 art. 4 c. 1).</summary>
    public const string GuardianshipJudgeDecreeMissing = "decree.guardianship-judge.missing";

    /// <summary>Judicial placement without the tribunale per i minorenni's decree (Reg. art. 3; L. 184/1983 art. 4 c. 2).</summary>
    public const string JuvenileCourtDecreeMissing = "decree.juvenile-court.missing";

    /// <summary>Urgent placement whose prescribed documents are not yet acquired, within the policy deadline (Reg. art. 10).</summary>
    public const string UrgentDocumentsPending = "urgent.documents.pending";

    /// <summary>Urgent placement whose prescribed documents are still missing after the policy deadline (Reg. art. 10).</summary>
    public const string UrgentDocumentsOverdue = "urgent.documents.overdue";

    /// <summary>
    /// Plan without a presumed duration (L. 184/1983 art. 4 c. 4; Reg. art. 8 a): the finding for element a of the plan,
    /// which <see cref="PlanElementMissing"/> does not report again.
    /// </summary>
    public const string DurationMissing = "duration.missing";

    /// <summary>Presumed duration beyond 24 months without an extension by the tribunale per i minorenni that covers it (L. 184/1983 art. 4 c. 4).</summary>
    public const string DurationExceedsMaximum = "duration.exceeds-maximum";

    /// <summary>Within the notice window before the end, the social service has not signalled to the prosecutor that an extension may be needed (L. 184/1983 art. 4 c. 4, as amended by D.Lgs. 149/2022).</summary>
    public const string ExtensionSignalDue = "duration.extension-signal-due";

    /// <summary>Planned end within the policy's notice window (policy).</summary>
    public const string DurationExpiring = "duration.expiring";

    /// <summary>Planned end passed, placement still active, no extension (L. 184/1983 art. 4 c. 4).</summary>
    public const string DurationExpired = "duration.expired";

    /// <summary>The minor turns 18 before the planned end (L. 184/1983 art. 4; policy).</summary>
    public const string MinorComesOfAge = "minor.comes-of-age";

    /// <summary>Verification cadence of the plan longer than 3 months (Reg. art. 8 f).</summary>
    public const string VerificationCadenceTooLong = "verification.cadence-too-long";

    /// <summary>No verification within the cadence since the last one or the start (Reg. art. 8 f).</summary>
    public const string VerificationOverdue = "verification.overdue";

    /// <summary>No report to the supervising authority within 6 months of the last one or the start (L. 184/1983 art. 4 c. 3).</summary>
    public const string CourtReportOverdue = "court-report.overdue";

    /// <summary>An element b-h of the individual plan is missing (Reg. art. 8); element a is <see cref="DurationMissing"/>.</summary>
    public const string PlanElementMissing = "plan.element-missing";

    /// <summary>A required signature of the plan is missing (Reg. art. 8).</summary>
    public const string PlanSignatureMissing = "plan.signature-missing";

    /// <summary>Siblings placed with different carers without a contraindication stated in the plan or the decree (Reg. art. 4).</summary>
    public const string SiblingsSeparated = "siblings.separated";

    /// <summary>Carer in the registry without informed consent to data processing (<see cref="LegalFactCodes.RegistryConsentMissing"/>).</summary>
    public const string RegistryConsentMissing = LegalFactCodes.RegistryConsentMissing;

    /// <summary>Art. 403 c.c.: the order has not reached the prosecutor within 24 hours of placing the minor in safety.</summary>
    public const string UrgentRemovalTransmissionOverdue = "urgent-removal.transmission-overdue";

    /// <summary>Art. 403 c.c.: the prosecutor has not asked for validation within the following 72 hours.</summary>
    public const string UrgentRemovalValidationRequestOverdue = "urgent-removal.validation-request-overdue";

    /// <summary>Art. 403 c.c.: the court has not ruled on validation within the following 48 hours.</summary>
    public const string UrgentRemovalValidationOverdue = "urgent-removal.validation-overdue";

    /// <summary>Art. 403 c.c.: no hearing within 15 days of validation.</summary>
    public const string UrgentRemovalHearingOverdue = "urgent-removal.hearing-overdue";

    /// <summary>Art. 403 c.c.: no collegial decree within 15 days of the hearing.</summary>
    public const string UrgentRemovalDecreeOverdue = "urgent-removal.decree-overdue";

    /// <summary>A non-relative has hosted a minor for more than six months without reporting it (L. 184/1983 art. 9 c. 4).</summary>
    public const string InformalHostingReportDue = "informal-hosting.report-due";

    /// <summary>The carers are related within the 4th degree to a judge, the court expert or a social worker of the proceeding (<see cref="LegalFactCodes.CarerConflictOfInterest"/>).</summary>
    public const string CarerConflictOfInterest = LegalFactCodes.CarerConflictOfInterest;

    /// <summary>A proceeding on a fostered minor without the carers convened (L. 184/1983 art. 5 c. 1, L. 173/2015).</summary>
    public const string ProceedingCarersNotConvened = "proceeding.carers-not-convened";

    /// <summary>An order of placement with the social service lacking an element or exceeding its limits (L. 184/1983 art. 5-bis).</summary>
    public const string ServicePlacementElementMissing = "service-placement.element-missing";
}
