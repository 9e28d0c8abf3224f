namespace Affido.Rules;

/// <summary>
/// Every placement rule of the library, every version included: the one list <see cref="PlacementRules"/> runs.
/// Adding a rule is one line here (and its folder and test file).
/// </summary>
public static class RuleCatalogue
{
    /// <summary>The rules, in no meaningful order (findings are sorted by <see cref="FindingOrder"/>).</summary>
    public static IReadOnlyList<IPlacementRule> All { get; } =
    [
        // Consent and authority (Reg. art. 3, 10; L. 184/1983 art. 4 c. 1-2)
        new ParentsConsentRule(),
        new MinorConsentRule(),
        new MinorHearingRule(),
        new CarersCommitmentRule(),
        new GuardianshipJudgeDecreeRule(),
        new JuvenileCourtDecreeRule(),
        new UrgentDocumentsRule(),

        // Duration (L. 184/1983 art. 4 c. 4)
        new DurationMissingRule(),
        new DurationMaximumBeforeCartabiaRule(),
        new DurationMaximumRule(),
        new DurationExpiryRule(),
        new ComingOfAgeRule(),

        // Verification and reporting (Reg. art. 8 f; L. 184/1983 art. 4 c. 3)
        new VerificationCadenceRule(),
        new VerificationOverdueRule(),
        new CourtReportOverdueRule(),

        // Plan (Reg. art. 8) and siblings (Reg. art. 4)
        new PlanElementsRule(),
        new PlanSignaturesRule(),
        new SiblingsSeparatedRule(),

        // Judicial timelines (second wave): the placement rules among them; the others judge their own facts
        // (UrgentRemovalTimeline, InformalHostingRule, ConflictOfInterestRule, CarersNotConvenedRule, ServicePlacementRule).
        ExtensionSignalNotRequiredRule.Instance,
        ExtensionSignalDueRule.Instance,
    ];
}
