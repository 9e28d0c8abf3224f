namespace Affido.Rules;

/// <summary>
/// The stable codes of the rule catalogue, main and judicial timelines (docs: ARCHITECTURE "Rule catalogue" and
/// "Judicial timelines"). Integrators store and translate them; they never change once published. <see cref="All"/>
/// lists every code once, for a translation table.
/// </summary>
public static class RuleCodes
{
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

    /// <summary>Plan without a presumed duration (L. 184/1983 art. 4 c. 4; Reg. art. 8 a).</summary>
    public const string DurationMissing = "duration.missing";

    /// <summary>Presumed duration beyond 24 months without an extension by the juvenile court (L. 184/1983 art. 4 c. 4).</summary>
    public const string DurationExceedsMaximum = "duration.exceeds-maximum";

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

    /// <summary>Siblings placed apart without a stated contraindication (Reg. art. 4).</summary>
    public const string SiblingsSeparated = "siblings.separated";

    /// <summary>Carer in the registry without informed consent to data processing (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online"; Reg. art. 13).</summary>
    public const string RegistryConsentMissing = "registry.consent-missing";

    /// <summary>Within the notice window before the end, the social service has not signalled to the prosecutor that an extension may be needed (L. 184/1983 art. 4 c. 4, as amended by D.Lgs. 149/2022).</summary>
    public const string ExtensionSignalDue = ExtensionSignalDueRule.Code;

    /// <summary>Art. 403 c.c.: the order has not reached the prosecutor within 24 hours of placing the minor in safety.</summary>
    public const string UrgentRemovalTransmissionOverdue = UrgentRemovalTimeline.TransmissionOverdue;

    /// <summary>Art. 403 c.c.: the prosecutor has not asked for validation within the following 72 hours.</summary>
    public const string UrgentRemovalValidationRequestOverdue = UrgentRemovalTimeline.ValidationRequestOverdue;

    /// <summary>Art. 403 c.c.: the court has not ruled on validation within the following 48 hours.</summary>
    public const string UrgentRemovalValidationOverdue = UrgentRemovalTimeline.ValidationOverdue;

    /// <summary>Art. 403 c.c.: no hearing within 15 days of validation.</summary>
    public const string UrgentRemovalHearingOverdue = UrgentRemovalTimeline.HearingOverdue;

    /// <summary>Art. 403 c.c.: no collegial decree within 15 days of the hearing.</summary>
    public const string UrgentRemovalDecreeOverdue = UrgentRemovalTimeline.DecreeOverdue;

    /// <summary>A non-relative has hosted a minor for more than six months without reporting it (L. 184/1983 art. 9 c. 4).</summary>
    public const string InformalHostingReportDue = InformalHostingRule.Code;

    /// <summary>The carer is related within the 4th degree to a judge, the court expert or a social worker of the proceeding (L. 184/1983 art. 2 c. 1.1).</summary>
    public const string CarerConflictOfInterest = ConflictOfInterestRule.Code;

    /// <summary>A proceeding on a fostered minor without the carers convened (L. 184/1983 art. 5 c. 1, L. 173/2015).</summary>
    public const string ProceedingCarersNotConvened = CarersNotConvenedRule.Code;

    /// <summary>An order of placement with the social service lacking an element or exceeding its limits (L. 184/1983 art. 5-bis).</summary>
    public const string ServicePlacementElementMissing = ServicePlacementRule.Code;

    /// <summary>Every code of the catalogue, once, in the order of the catalogue.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ParentsConsentMissing, MinorConsentMissing, MinorHearingMissing, CarersCommitmentMissing,
        GuardianshipJudgeDecreeMissing, JuvenileCourtDecreeMissing, UrgentDocumentsPending, UrgentDocumentsOverdue,
        DurationMissing, DurationExceedsMaximum, ExtensionSignalDue, DurationExpiring, DurationExpired, MinorComesOfAge,
        VerificationCadenceTooLong, VerificationOverdue, CourtReportOverdue, PlanElementMissing, PlanSignatureMissing,
        SiblingsSeparated, RegistryConsentMissing,
        UrgentRemovalTransmissionOverdue, UrgentRemovalValidationRequestOverdue, UrgentRemovalValidationOverdue,
        UrgentRemovalHearingOverdue, UrgentRemovalDecreeOverdue, InformalHostingReportDue, CarerConflictOfInterest,
        ProceedingCarersNotConvened, ServicePlacementElementMissing,
    ];
}
