namespace Affido.Domain;

/// <summary>
/// The stable error codes of the domain validators (<see cref="FluentValidation.Results.ValidationFailure.ErrorCode"/>):
/// integrators store and translate them, so they never change once published. Each has a message in Italian and in
/// English in <see cref="DomainMessages.Catalogue"/>.
/// </summary>
/// <remarks>
/// <para><b>Grammar.</b> Lower-case kebab segments joined by dots, two or three segments, <c>area[.subject].state</c>
/// (<c>^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$</c>), the grammar of every code of the library
/// (validation, rules, match reasons); a code is unique across the library.</para>
/// <para><b>Generic codes name a shape, the path names the member.</b> The reusable rules have one code each, whatever
/// member they check: a missing (<see langword="null"/>) required member is always <see cref="Required"/>, a date
/// outside <see cref="SupportedDates"/> always <see cref="DateOutOfRange"/>, a blank code always <see cref="CodeEmpty"/>;
/// the failure's <see cref="FluentValidation.Results.ValidationFailure.PropertyName"/> says which member
/// (<c>Minors[0].BirthDate</c>; <see cref="ValidationFailureExtensions.JsonPath"/> gives <c>minors[0].birthDate</c>).
/// A <see langword="null"/> root object is <see cref="Required"/> with an empty path. Rules of one type have codes
/// that start with that type (<c>placement.</c>, <c>availability.</c>).</para>
/// <para><b>Text.</b> Codes (<see cref="ICode{TSelf}"/>) and identifiers are at most
/// <see cref="InputLimits.MaxCodeLength"/> characters, lines of text <see cref="InputLimits.MaxLineLength"/>, free text
/// <see cref="InputLimits.MaxFreeTextLength"/> (<see cref="TextKind"/>). Control characters, unpaired surrogates and
/// U+FFFD (what a lenient decoder leaves of invalid UTF-8) are rejected with <see cref="CodeInvalidCharacter"/> or
/// <see cref="TextInvalidCharacter"/>, naming the first offending position.</para>
/// </remarks>
public static class ValidationCodes
{
    /// <summary>
    /// A required member is missing (<see langword="null"/>): one code for every member, the path names it (an empty
    /// path when the object validated is itself <see langword="null"/>).
    /// </summary>
    public const string Required = "value.required";

    /// <summary>A required text is missing, empty or blank.</summary>
    public const string TextEmpty = "text.empty";

    /// <summary>An optional text is present but empty or blank (leave it null instead).</summary>
    public const string TextBlank = "text.blank";

    /// <summary>A text is longer than its <see cref="TextKind"/> allows (<see cref="InputLimits"/>).</summary>
    public const string TextTooLong = "text.too-long";

    /// <summary>
    /// A text holds a character its <see cref="TextKind"/> does not allow: a control character (free text may hold tabs
    /// and line breaks), an unpaired surrogate or U+FFFD, the replacement character a lenient decoder leaves for
    /// invalid UTF-8.
    /// </summary>
    public const string TextInvalidCharacter = "text.invalid-character";

    /// <summary>An enum holds a value that is not one of its defined members.</summary>
    public const string EnumUndefined = "enum.undefined";

    /// <summary>A period that must be in years, months, weeks and days has hours or smaller units.</summary>
    public const string PeriodTimeUnits = "period.time-units";

    /// <summary>
    /// A period that must be positive is zero or has a unit below zero (<c>P1M-29D</c>): every unit must be zero or
    /// more and one more than zero, so that adding the period moves every date forward.
    /// </summary>
    public const string PeriodNotPositive = "period.not-positive";

    /// <summary>A period takes <see cref="SupportedDates.PeriodReferenceDate"/> beyond <see cref="SupportedDates.Latest"/>.</summary>
    public const string PeriodOutOfRange = "period.out-of-range";

    /// <summary>A date lies outside <see cref="SupportedDates"/> (1900-01-01 to 2199-12-31, ISO calendar).</summary>
    public const string DateOutOfRange = "date.out-of-range";

    /// <summary>A pseudonymous code (minor, carer, person, district, sibling group) is missing or blank.</summary>
    public const string CodeEmpty = "code.empty";

    /// <summary>A code (<see cref="ICode{TSelf}"/>) is longer than <see cref="InputLimits.MaxCodeLength"/> characters.</summary>
    public const string CodeTooLong = "code.too-long";

    /// <summary>
    /// A code holds a control, format (invisible, bidirectional) or line-separator character, an unpaired surrogate, or
    /// U+FFFD, the replacement character a lenient decoder leaves for invalid UTF-8: two codes that print alike must
    /// be the same code.
    /// </summary>
    public const string CodeInvalidCharacter = "code.invalid-character";

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

    /// <summary>A latitude is not a finite number in [-90, 90] (NaN and infinities included).</summary>
    public const string LatitudeOutOfRange = "geo-point.latitude.out-of-range";

    /// <summary>A longitude is not a finite number in [-180, 180] (NaN and infinities included).</summary>
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

    /// <summary>A placement holds more than <see cref="InputLimits.MaxMinors"/> minors.</summary>
    public const string PlacementMinorsTooMany = "placement.minors.too-many";

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
