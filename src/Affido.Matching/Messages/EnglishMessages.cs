using static Affido.Matching.MessageKeys;

namespace Affido.Matching;

/// <summary>The English texts of Affido.Matching, keyed by code (see <see cref="MatchingMessages"/>).</summary>
internal static class EnglishMessages
{
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Hard filters: why a carer is excluded.
        [Filter(HardFilter.Consent)] = "no consent to data processing: the carer is not searchable",
        [Filter(HardFilter.Status)] = "not approved (or still in assessment)",
        [Filter(HardFilter.Availability)] = "not available on the expected start",
        [Filter(HardFilter.FormAndArrangement)] = "placement form or time arrangement not accepted",
        [Filter(HardFilter.Places)] = "not enough free places for the minors of the request",
        [Filter(HardFilter.AgeRange)] = "a minor's age is outside the accepted range",
        [Filter(HardFilter.Needs)] = "needs above the accepted level",
        [Filter(HardFilter.Protection)] = "protection constraint: too close to the family of origin (same municipality or district)",
        [Filter(HardFilter.Kinship)] = "not a relative of the minors within the 4th degree",
        [Filter(HardFilter.ConflictOfInterest)] = "conflict of interest: relative or in-law within the 4th degree of a judge, the court expert or a social worker of the proceeding",

        // Soft criteria.
        [Criterion(Matching.Criterion.OriginProximity)] = "proximity to the family of origin",
        [Criterion(Matching.Criterion.SchoolProximity)] = "proximity to the school",
        [Criterion(Matching.Criterion.Language)] = "the minors' languages",
        [Criterion(Matching.Criterion.Background)] = "cultural or religious background",
        [Criterion(Matching.Criterion.Experience)] = "experience (previous placements, training)",
        [Criterion(Matching.Criterion.HouseholdFit)] = "household fit (ages of own children)",
        [Criterion(Matching.Criterion.DurationAvailability)] = "available for the whole expected duration",
        [Criterion(Matching.Criterion.Kinship)] = "kinship (within the 4th degree)",
        [Criterion(Matching.Criterion.WaitingTime)] = "carer's waiting time",

        // Validation of requests.
        [ValidationCodes.Required] = "The value is required.",
        [ValidationCodes.DateOutOfRange] = "The date is outside the supported range (1900-01-01 to 2199-12-31).",
        [ValidationCodes.PeriodTimeUnits] = "The duration must be in years, months, weeks and days, without hours.",
        [ValidationCodes.PeriodOutOfRange] = "The expected start plus the expected duration goes beyond the supported range (up to 2199-12-31).",
        [MatchValidationCodes.RequestIdMissing] = "The request has no id.",
        [MatchValidationCodes.RequestMinorsMissing] = "A request needs at least one minor.",
        [MatchValidationCodes.RequestMinorsDuplicate] = "The same minor appears twice in the request.",
        [MatchValidationCodes.RequestMinorsNotSiblings] = "Several minors in one request must be one sibling group (same sibling-group id).",
        [MatchValidationCodes.SiblingsContraindicatedTogether] = "A contraindication to placing these siblings together is stated (Reg. art. 4): send one request per minor.",
        [MatchValidationCodes.RequestMinorNotBorn] = "A minor's birth date is after the expected start.",
        [MatchValidationCodes.RequestMinorNotAMinor] = "A person in the request is of age on the expected start.",
        [MatchValidationCodes.RequestDurationNotPositive] = "The expected duration must be positive (L. 184/1983 art. 4 c. 4).",
        [MatchValidationCodes.RequestFamilyOfOriginMissing] = "The family of origin's municipality is missing.",
        [MatchValidationCodes.RequestProtectionDistrictUnknown] = "A 'not the same district' constraint needs the family of origin's district.",
        [MatchValidationCodes.RequestProtectionUndefined] = "The protection constraint is not a defined value.",
        [MatchValidationCodes.RequestFormUndefined] = "The placement form is not a defined value.",
        [MatchValidationCodes.RequestArrangementUndefined] = "The time arrangement is not a defined value.",
        [MatchValidationCodes.RequestLanguageEmpty] = "A language of the request is empty.",
        [MatchValidationCodes.RequestBackgroundEmpty] = "A background of the request is empty.",
        [MatchValidationCodes.RequestConflictingPersonEmpty] = "The code of a person with a conflict of interest is empty.",

        // Validation of decisions.
        [MatchValidationCodes.DecisionRequestMissing] = "The decision names no request.",
        [MatchValidationCodes.DecisionCarerMissing] = "The chosen carer's code is missing.",
        [MatchValidationCodes.DecisionRankInvalid] = "A rank starts at 1 (or is absent when the carer was not in the list).",
        [MatchValidationCodes.DecisionReasonMissing] = "Choosing a carer that was not first, or not in the list, needs a stated reason.",

        // Validation of options.
        [MatchValidationCodes.OptionsWeightOutOfRange] = "A weight must be a number from 0 to 1000.",
        [MatchValidationCodes.OptionsWeightsAllZero] = "At least one weight must be positive.",
        [MatchValidationCodes.OptionsConstantOutOfRange] = "The constant is outside its range.",
    };
}
