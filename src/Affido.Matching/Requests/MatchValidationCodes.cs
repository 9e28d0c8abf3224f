namespace Affido.Matching;

/// <summary>
/// The stable error codes of the Matching validators (<see cref="MatchRequestValidator"/>,
/// <see cref="MatchDecisionValidator"/>, <see cref="MatchingOptionsValidator"/>); their messages, in Italian and English,
/// are in <see cref="MatchingMessages.Catalogue"/>. Checks shared with the domain use the domain's codes
/// (<see cref="ValidationCodes"/>: a missing value, a date outside <see cref="SupportedDates"/>...).
/// </summary>
public static class MatchValidationCodes
{
    /// <summary>The request has no id.</summary>
    public const string RequestIdMissing = "request.id.missing";

    /// <summary>The request names no minor.</summary>
    public const string RequestMinorsMissing = "request.minors.missing";

    /// <summary>The same minor appears twice in the request.</summary>
    public const string RequestMinorsDuplicate = "request.minors.duplicate";

    /// <summary>Several minors that are not one sibling group (the same sibling-group id).</summary>
    public const string RequestMinorsNotSiblings = "request.minors.not-siblings";

    /// <summary>A contraindication to placing the siblings together is stated (Reg. art. 4): send one request per minor.</summary>
    public const string SiblingsContraindicatedTogether = "siblings.contraindicated-together";

    /// <summary>A minor is born after the expected start.</summary>
    public const string RequestMinorNotBorn = "request.minor.not-born";

    /// <summary>A person in the request is of age on the expected start.</summary>
    public const string RequestMinorNotAMinor = "request.minor.not-a-minor";

    /// <summary>The expected duration does not move the expected start forward.</summary>
    public const string RequestDurationNotPositive = "request.duration.not-positive";

    /// <summary>The request has no family-of-origin municipality.</summary>
    public const string RequestFamilyOfOriginMissing = "request.family-of-origin.missing";

    /// <summary>A "not the same district" constraint, but the family of origin's district is unknown.</summary>
    public const string RequestProtectionDistrictUnknown = "request.protection.district-unknown";

    /// <summary>The protection constraint is not a defined value.</summary>
    public const string RequestProtectionUndefined = "request.protection.undefined";

    /// <summary>The placement form is not a defined value.</summary>
    public const string RequestFormUndefined = "request.form.undefined";

    /// <summary>The time arrangement is not a defined value.</summary>
    public const string RequestArrangementUndefined = "request.arrangement.undefined";

    /// <summary>A language of the request's override is empty.</summary>
    public const string RequestLanguageEmpty = "request.language.empty";

    /// <summary>A background of the request's override is empty.</summary>
    public const string RequestBackgroundEmpty = "request.background.empty";

    /// <summary>A conflicting person's code is empty.</summary>
    public const string RequestConflictingPersonEmpty = "request.conflicting-person.empty";

    /// <summary>The decision names no request.</summary>
    public const string DecisionRequestMissing = "decision.request.missing";

    /// <summary>The decision names no carer.</summary>
    public const string DecisionCarerMissing = "decision.carer.missing";

    /// <summary>The decision's rank is below 1.</summary>
    public const string DecisionRankInvalid = "decision.rank.invalid";

    /// <summary>A carer other than the first, or not in the list, chosen without a reason.</summary>
    public const string DecisionReasonMissing = "decision.reason.missing";

    /// <summary>A weight is not a number in [0, 1000].</summary>
    public const string OptionsWeightOutOfRange = "options.weight.out-of-range";

    /// <summary>Every weight is zero.</summary>
    public const string OptionsWeightsAllZero = "options.weights.all-zero";

    /// <summary>A constant of a formula is outside its range.</summary>
    public const string OptionsConstantOutOfRange = "options.constant.out-of-range";
}
