namespace Affido.Domain;

/// <summary>
/// The stable error codes of the domain validators (<see cref="FluentValidation.Results.ValidationFailure.ErrorCode"/>):
/// integrators store and translate them, so they never change once published.
/// </summary>
/// <remarks>
/// Reusable rules (codes, ISTAT codes, periods, coordinates, required values) have generic codes; the property path
/// of the failure says which field broke. Rules of one aggregate have codes prefixed with the aggregate.
/// </remarks>
public static class ValidationCodes
{
    /// <summary>A required value (a nested object) is missing.</summary>
    public const string Required = "value.required";

    /// <summary>A required text is missing, empty or blank.</summary>
    public const string TextEmpty = "text.empty";

    /// <summary>An optional text is present but empty or blank (leave it null instead).</summary>
    public const string TextBlank = "text.blank";

    /// <summary>An enum holds a value that is not one of its defined members.</summary>
    public const string EnumUndefined = "enum.undefined";

    /// <summary>A period that must be in years, months, weeks and days has hours or smaller units.</summary>
    public const string PeriodTimeUnits = "period.time-units";

    /// <summary>A period that must be positive is zero or negative (from <see cref="CommonRules.PeriodReferenceDate"/>).</summary>
    public const string PeriodNotPositive = "period.not-positive";

    /// <summary>A period is too long to be added to <see cref="CommonRules.PeriodReferenceDate"/>.</summary>
    public const string PeriodOutOfRange = "period.out-of-range";

    /// <summary>A date lies outside <see cref="SupportedDates"/> (1900-01-01 to 2199-12-31).</summary>
    public const string DateOutOfRange = "date.out-of-range";

    /// <summary>A pseudonymous code (minor, carer, person, district, sibling group) is missing or blank.</summary>
    public const string CodeEmpty = "code.empty";

    /// <summary>A language code is not two lower-case ASCII letters (ISO 639-1).</summary>
    public const string LanguageCodeFormat = "language-code.format";

    /// <summary>A background tag is missing or blank.</summary>
    public const string BackgroundTagEmpty = "background-tag.empty";

    /// <summary>An ISTAT municipality code is not exactly six digits.</summary>
    public const string IstatCodeFormat = "istat-code.format";

    /// <summary>The first three digits of a municipality's ISTAT code are not its province's code.</summary>
    public const string IstatCodeProvinceMismatch = "istat-code.province-mismatch";

    /// <summary>A province's ISTAT code is not exactly three digits.</summary>
    public const string ProvinceCodeFormat = "province.code.format";

    /// <summary>A province's abbreviation is not two upper-case ASCII letters.</summary>
    public const string ProvinceAbbreviationFormat = "province.abbreviation.format";

    /// <summary>A region's ISTAT code is not exactly two digits.</summary>
    public const string RegionCodeFormat = "region.code.format";

    /// <summary>A latitude is not a number in [-90, 90].</summary>
    public const string LatitudeOutOfRange = "geo-point.latitude.out-of-range";

    /// <summary>A longitude is not a number in [-180, 180].</summary>
    public const string LongitudeOutOfRange = "geo-point.longitude.out-of-range";

    /// <summary>A social district lists no member municipality.</summary>
    public const string SocialDistrictMembersEmpty = "social-district.members.empty";

    /// <summary>A social district lists a member municipality twice.</summary>
    public const string SocialDistrictMembersDuplicate = "social-district.members.duplicate";

    /// <summary>An age range's minimum is outside 0..17.</summary>
    public const string AgeRangeMinOutOfRange = "age-range.min.out-of-range";

    /// <summary>An age range's maximum is outside 0..17.</summary>
    public const string AgeRangeMaxOutOfRange = "age-range.max.out-of-range";

    /// <summary>An age range's minimum exceeds its maximum.</summary>
    public const string AgeRangeMinExceedsMax = "age-range.min-exceeds-max";

    /// <summary>An availability accepts no placement form.</summary>
    public const string AvailabilityFormsEmpty = "availability.forms.empty";

    /// <summary>An availability lists a placement form twice.</summary>
    public const string AvailabilityFormsDuplicate = "availability.forms.duplicate";

    /// <summary>An availability accepts no time arrangement.</summary>
    public const string AvailabilityArrangementsEmpty = "availability.arrangements.empty";

    /// <summary>An availability lists a time arrangement twice.</summary>
    public const string AvailabilityArrangementsDuplicate = "availability.arrangements.duplicate";

    /// <summary>An availability offers zero or fewer places.</summary>
    public const string AvailabilityPlacesNotPositive = "availability.places.not-positive";

    /// <summary>An availability ends before it starts.</summary>
    public const string AvailabilityUntilBeforeFrom = "availability.until.before-from";

    /// <summary>One of the carers' own children is born after today.</summary>
    public const string HouseholdChildBornInFuture = "household.child.born-in-future";

    /// <summary>A carer's number of previous placements is negative.</summary>
    public const string ExperiencePreviousPlacementsNegative = "experience.previous-placements.negative";

    /// <summary>A carer's training hours are negative.</summary>
    public const string ExperienceTrainingHoursNegative = "experience.training-hours.negative";

    /// <summary>A foster-care service's e-mail has no local part, no '@' or no domain.</summary>
    public const string FosterCareServiceEmailFormat = "foster-care-service.email.format";

    /// <summary>A carer's consent to data processing is dated after today.</summary>
    public const string DataProcessingConsentInFuture = "data-processing-consent.in-future";

    /// <summary>A relative's degree of kinship is zero or negative.</summary>
    public const string RelativeDegreeNotPositive = "relative.degree.not-positive";

    /// <summary>A part-time schedule names no day.</summary>
    public const string PartTimeScheduleDaysEmpty = "part-time-schedule.days.empty";

    /// <summary>A part-time schedule names a day that is not Monday to Sunday.</summary>
    public const string PartTimeScheduleDayUndefined = "part-time-schedule.days.undefined";

    /// <summary>A part-time schedule names a day twice.</summary>
    public const string PartTimeScheduleDaysDuplicate = "part-time-schedule.days.duplicate";

    /// <summary>A part-time schedule's hours a day are outside 1..24.</summary>
    public const string PartTimeScheduleHoursOutOfRange = "part-time-schedule.hours.out-of-range";

    /// <summary>A placement has no minor.</summary>
    public const string PlacementMinorsEmpty = "placement.minors.empty";

    /// <summary>A placement holds two minors with the same code.</summary>
    public const string PlacementMinorsDuplicateCode = "placement.minors.duplicate-code";

    /// <summary>A placed minor is born after the placement's start.</summary>
    public const string PlacementMinorBornAfterStart = "placement.minor.born-after-start";

    /// <summary>A part-time placement has no schedule.</summary>
    public const string PlacementScheduleMissing = "placement.schedule.missing";

    /// <summary>A full-time placement has a part-time schedule.</summary>
    public const string PlacementScheduleUnexpected = "placement.schedule.unexpected";

    /// <summary>A consent of party <see cref="ConsentParty.Minor"/> names no minor.</summary>
    public const string PlacementConsentMinorMissing = "placement.consent.minor-missing";

    /// <summary>A consent names a minor who is not in the placement.</summary>
    public const string PlacementConsentMinorUnknown = "placement.consent.minor-unknown";

    /// <summary>A consent of the parents or the guardian names a minor (only the minor's own consent does).</summary>
    public const string PlacementConsentMinorUnexpected = "placement.consent.minor-unexpected";

    /// <summary>A hearing is of a minor who is not in the placement.</summary>
    public const string PlacementHearingMinorUnknown = "placement.hearing.minor-unknown";

    /// <summary>An extension's new end is before the decree that grants it.</summary>
    public const string PlacementExtensionUntilBeforeDecree = "placement.extension.until-before-decree";

    /// <summary>A placement ends before it starts.</summary>
    public const string PlacementEndBeforeStart = "placement.end.before-start";

    /// <summary>A sibling said to be placed apart is one of the minors of the placement.</summary>
    public const string PlacementSiblingApartPlacedHere = "placement.sibling-apart.placed-here";
}
