namespace Affido.Domain;

/// <summary>
/// The English templates of the domain's validation messages, one per <see cref="ValidationCodes"/> code (see
/// <see cref="DomainMessages"/>). A message says what is wrong with the member the failure's path names, so it reads
/// after that path ("Minors[0].BirthDate: Must not be after the start of the placement."); it never repeats the value
/// given when that value may be personal (a date, a code, a text).
/// </summary>
internal static class EnglishMessages
{
    /// <summary>The templates by code.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        { ValidationCodes.Required, "A value is required." },
        { ValidationCodes.TextEmpty, "Must not be empty or blank." },
        { ValidationCodes.TextBlank, "Must be absent or not blank." },
        { ValidationCodes.TextTooLong, "Must be at most {max} characters long, but has {length}." },
        { ValidationCodes.TextInvalidCharacter, "Holds a character that is not allowed at position {position} (a control character, an unpaired surrogate or U+FFFD, the mark of invalid UTF-8)." },
        { ValidationCodes.EnumUndefined, "Has the value {value}, which is not a defined {type}." },
        { ValidationCodes.PeriodTimeUnits, "Must be in years, months, weeks and days only, but is {period}." },
        { ValidationCodes.PeriodNotPositive, "Must be longer than zero, with no unit below zero, but is {period}." },
        { ValidationCodes.PeriodOutOfRange, "Is too long: from {reference} it reaches beyond {latest}, the last supported date." },
        { ValidationCodes.DateOutOfRange, "Must be a date from {earliest} to {latest} in the ISO calendar." },
        { ValidationCodes.CodeEmpty, "Must not be empty or blank." },
        { ValidationCodes.CodeTooLong, "Must be at most {max} characters long, but has {length}." },
        { ValidationCodes.CodeInvalidCharacter, "Holds a character no code may hold at position {position} (a control, invisible or separator character, an unpaired surrogate or U+FFFD, the mark of invalid UTF-8)." },
        { ValidationCodes.LanguageCodeFormat, "Must be an ISO 639-1 language code of two lower-case letters (e.g. it)." },
        { ValidationCodes.BackgroundTagEmpty, "Must not be empty or blank." },
        { ValidationCodes.IstatCodeFormat, "Must be a six-digit ISTAT municipality code (e.g. 015189)." },
        { ValidationCodes.IstatCodeProvinceMismatch, "Must start with the code of its province, {province}." },
        { ValidationCodes.ProvinceCodeFormat, "Must be a three-digit ISTAT province code (e.g. 015)." },
        { ValidationCodes.ProvinceAbbreviationFormat, "Must be two upper-case letters (e.g. MI)." },
        { ValidationCodes.RegionCodeFormat, "Must be a two-digit ISTAT region code (e.g. 03)." },
        { ValidationCodes.LatitudeOutOfRange, "Must be a latitude from {min} to {max} degrees." },
        { ValidationCodes.LongitudeOutOfRange, "Must be a longitude from {min} to {max} degrees." },
        { ValidationCodes.SocialDistrictMembersEmpty, "Must list at least one municipality." },
        { ValidationCodes.SocialDistrictMembersDuplicate, "Must not list a municipality twice." },
        { ValidationCodes.AgeRangeMinOutOfRange, "Must be from {min} to {max} years, but is {value}." },
        { ValidationCodes.AgeRangeMaxOutOfRange, "Must be from {min} to {max} years, but is {value}." },
        { ValidationCodes.AgeRangeMinExceedsMax, "Must not exceed the highest age accepted ({max}), but is {value}." },
        { ValidationCodes.AvailabilityFormsEmpty, "Must accept at least one placement form." },
        { ValidationCodes.AvailabilityFormsDuplicate, "Must not list a placement form twice." },
        { ValidationCodes.AvailabilityArrangementsEmpty, "Must accept full time, part time or both." },
        { ValidationCodes.AvailabilityArrangementsDuplicate, "Must not list a time arrangement twice." },
        { ValidationCodes.AvailabilityPlacesNotPositive, "Must be one or more, but is {value}." },
        { ValidationCodes.AvailabilityUntilBeforeFrom, "Must not be before the first day of the availability." },
        { ValidationCodes.HouseholdChildBornInFuture, "Must not be after today." },
        { ValidationCodes.ExperiencePreviousPlacementsNegative, "Must be zero or more, but is {value}." },
        { ValidationCodes.ExperienceTrainingHoursNegative, "Must be zero or more, but is {value}." },
        { ValidationCodes.FosterCareServiceEmailFormat, "Must be an e-mail address such as office@example.org." },
        { ValidationCodes.DataProcessingConsentInFuture, "Must not be after today." },
        { ValidationCodes.RelativeDegreeNotPositive, "Must be 1 or more, but is {value}." },
        { ValidationCodes.PartTimeScheduleDaysEmpty, "Must name at least one day of the week." },
        { ValidationCodes.PartTimeScheduleDayUndefined, "Must be a day from Monday (1) to Sunday (7), but is {value}." },
        { ValidationCodes.PartTimeScheduleDaysDuplicate, "Must not name a day twice." },
        { ValidationCodes.PartTimeScheduleHoursOutOfRange, "Must be from {min} to {max} hours a day, but is {value}." },
        { ValidationCodes.PlacementMinorsEmpty, "Must hold at least one minor." },
        { ValidationCodes.PlacementMinorsTooMany, "Must hold at most {max} minors, but holds {count}." },
        { ValidationCodes.PlacementMinorsDuplicateCode, "Must not hold two minors with the same code." },
        { ValidationCodes.PlacementMinorBornAfterStart, "Must not be after the start of the placement." },
        { ValidationCodes.PlacementScheduleMissing, "Is required for a part-time placement." },
        { ValidationCodes.PlacementScheduleUnexpected, "Must be absent for a full-time placement." },
        { ValidationCodes.PlacementConsentMinorMissing, "Must name the minor who consents, for a consent given by a minor." },
        { ValidationCodes.PlacementConsentMinorUnknown, "Must name one of the minors of the placement." },
        { ValidationCodes.PlacementConsentMinorUnexpected, "Must be absent for a consent of the parents or the guardian." },
        { ValidationCodes.PlacementHearingMinorUnknown, "Must name one of the minors of the placement." },
        { ValidationCodes.PlacementExtensionUntilBeforeDecree, "Must not be before the decree that grants the extension." },
        { ValidationCodes.PlacementEndBeforeStart, "Must not be before the start of the placement." },
        { ValidationCodes.PlacementSiblingApartPlacedHere, "Names a minor of this placement, who is therefore not placed apart." },
    };
}
