using FluentValidation.Results;
using NodaTime;

namespace Affido.Domain.Tests.Validation;

/// <summary>
/// One invalid input per <see cref="ValidationCodes"/> code, validated with the validator that reports it: the corpus
/// the message tests render under several cultures, and the proof that every code can be reached.
/// </summary>
internal static class ValidationExamples
{
    /// <summary>The code each example must report, and the failures of validating it.</summary>
    public static IEnumerable<(string Code, IReadOnlyList<ValidationFailure> Failures)> All()
    {
        var minor = new MinorValidator();
        var carer = new FosterCarerValidator(Samples.Clock());
        var municipality = new MunicipalityValidator();
        var district = new SocialDistrictValidator();
        var placement = new PlacementValidator();
        var plan = new PlacementPlanValidator();
        var service = new FosterCareServiceValidator();
        var p = Samples.Placement;
        var c = Samples.Carer;
        FosterCarer Available(Func<Availability, Availability> change) => c with { Availability = change(c.Availability) };

        (string, IReadOnlyList<ValidationFailure>) Example<T>(string code, FluentValidation.IValidator<T> validator, T input)
            => (code, validator.Validate(input).Errors);

        yield return Example(ValidationCodes.Required, placement, p with { FamilyOfOrigin = null! });
        yield return Example(ValidationCodes.TextEmpty, service, Samples.Service with { Name = "" });
        yield return Example(ValidationCodes.TextBlank, plan, Samples.Plan with { Goals = " " });
        yield return Example(ValidationCodes.TextTooLong, plan, Samples.Plan with { Goals = new string('x', InputLimits.MaxFreeTextLength + 1) });
        yield return Example(ValidationCodes.TextInvalidCharacter, service, Samples.Service with { Name = "Servizio\u001b[2J" });
        yield return Example(ValidationCodes.EnumUndefined, minor, Samples.Minor with { Sex = (Sex)7 });
        yield return Example(ValidationCodes.PeriodTimeUnits, plan, Samples.Plan with { PresumedDuration = Period.FromHours(36) });
        yield return Example(ValidationCodes.PeriodNotPositive, plan, Samples.Plan with { VerificationCadence = Period.FromMonths(1) - Period.FromDays(29) });
        yield return Example(ValidationCodes.PeriodOutOfRange, plan, Samples.Plan with { PresumedDuration = Period.FromYears(300) });
        yield return Example(ValidationCodes.DateOutOfRange, minor, Samples.Minor with { BirthDate = default });
        yield return Example(ValidationCodes.CodeEmpty, minor, Samples.Minor with { Code = default });
        yield return Example(ValidationCodes.CodeTooLong, minor, Samples.Minor with { Code = new MinorCode(new string('M', 65)) });
        yield return Example(ValidationCodes.CodeInvalidCharacter, minor, Samples.Minor with { Code = new MinorCode("M\ufffd1") });
        yield return Example(ValidationCodes.LanguageCodeFormat, minor, Samples.Minor with { Languages = [new LanguageCode("ITA")] });
        yield return Example(ValidationCodes.BackgroundTagEmpty, minor, Samples.Minor with { Background = new BackgroundTag(" ") });
        yield return Example(ValidationCodes.IstatCodeFormat, municipality, Samples.Rozzano with { Code = new IstatCode("15189") });
        yield return Example(ValidationCodes.IstatCodeProvinceMismatch, municipality, Samples.Rozzano with { Code = new IstatCode("014189") });
        yield return Example(ValidationCodes.ProvinceCodeFormat, municipality, Samples.Rozzano with { Province = Samples.Rozzano.Province with { Code = "15" } });
        yield return Example(ValidationCodes.ProvinceAbbreviationFormat, municipality, Samples.Rozzano with { Province = Samples.Rozzano.Province with { Abbreviation = "mi" } });
        yield return Example(ValidationCodes.RegionCodeFormat, municipality, Samples.Rozzano with { Province = Samples.Rozzano.Province with { Region = new Region("3", "Lombardia") } });
        yield return Example(ValidationCodes.LatitudeOutOfRange, municipality, Samples.Rozzano with { Location = new GeoPoint(double.NaN, 9) });
        yield return Example(ValidationCodes.LongitudeOutOfRange, municipality, Samples.Rozzano with { Location = new GeoPoint(45, double.PositiveInfinity) });
        yield return Example(ValidationCodes.SocialDistrictMembersEmpty, district, TestSupport.DomainGenerators.VisconteoSudMilano with { Members = [] });
        yield return Example(ValidationCodes.SocialDistrictMembersDuplicate, district, TestSupport.DomainGenerators.VisconteoSudMilano with { Members = [new("015189"), new("015189")] });
        yield return Example(ValidationCodes.AgeRangeMinOutOfRange, carer, Available(a => a with { Ages = new AgeRange(-1, 10) }));
        yield return Example(ValidationCodes.AgeRangeMaxOutOfRange, carer, Available(a => a with { Ages = new AgeRange(0, 18) }));
        yield return Example(ValidationCodes.AgeRangeMinExceedsMax, carer, Available(a => a with { Ages = new AgeRange(11, 10) }));
        yield return Example(ValidationCodes.AvailabilityFormsEmpty, carer, Available(a => a with { Forms = [] }));
        yield return Example(ValidationCodes.AvailabilityFormsDuplicate, carer, Available(a => a with { Forms = [PlacementForm.Ordinary, PlacementForm.Ordinary] }));
        yield return Example(ValidationCodes.AvailabilityArrangementsEmpty, carer, Available(a => a with { Arrangements = [] }));
        yield return Example(ValidationCodes.AvailabilityArrangementsDuplicate, carer, Available(a => a with { Arrangements = [TimeArrangement.PartTime, TimeArrangement.PartTime] }));
        yield return Example(ValidationCodes.AvailabilityPlacesNotPositive, carer, Available(a => a with { Places = 0 }));
        yield return Example(ValidationCodes.AvailabilityUntilBeforeFrom, carer, Available(a => a with { Until = a.From.PlusDays(-1) }));
        yield return Example(ValidationCodes.HouseholdChildBornInFuture, carer, c with { Household = c.Household with { ChildrenBirthDates = [Samples.Today.PlusDays(1)] } });
        yield return Example(ValidationCodes.ExperiencePreviousPlacementsNegative, carer, c with { Experience = new Experience(-1, 0) });
        yield return Example(ValidationCodes.ExperienceTrainingHoursNegative, carer, c with { Experience = new Experience(0, int.MinValue) });
        yield return Example(ValidationCodes.FosterCareServiceEmailFormat, service, Samples.Service with { Email = "office.example.org" });
        yield return Example(ValidationCodes.DataProcessingConsentInFuture, carer, c with { DataProcessingConsent = new DataProcessingConsent(Samples.Today.PlusDays(1)) });
        yield return Example(ValidationCodes.RelativeDegreeNotPositive, carer, c with { Relatives = [new Relative(new PersonCode("P1"), 0)] });
        yield return Example(ValidationCodes.PartTimeScheduleDaysEmpty, placement, Samples.PartTimePlacement with { Schedule = Samples.Schedule with { Days = [] } });
        yield return Example(ValidationCodes.PartTimeScheduleDayUndefined, placement, Samples.PartTimePlacement with { Schedule = Samples.Schedule with { Days = [(IsoDayOfWeek)8] } });
        yield return Example(ValidationCodes.PartTimeScheduleDaysDuplicate, placement, Samples.PartTimePlacement with { Schedule = Samples.Schedule with { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday] } });
        yield return Example(ValidationCodes.PartTimeScheduleHoursOutOfRange, placement, Samples.PartTimePlacement with { Schedule = Samples.Schedule with { HoursPerDay = 25 } });
        yield return Example(ValidationCodes.PlacementMinorsEmpty, placement, p with { Minors = [] });
        yield return Example(ValidationCodes.PlacementMinorsTooMany, placement, p with { Minors = [.. Enumerable.Range(0, InputLimits.MaxMinors + 1).Select(i => Samples.Minor with { Code = new MinorCode($"M{i:D3}") })] });
        yield return Example(ValidationCodes.PlacementMinorsDuplicateCode, placement, p with { Minors = [Samples.Minor, Samples.Minor] });
        yield return Example(ValidationCodes.PlacementMinorBornAfterStart, placement, p with { Minors = [Samples.Minor with { BirthDate = p.Start.PlusDays(1) }] });
        yield return Example(ValidationCodes.PlacementScheduleMissing, placement, p with { Arrangement = TimeArrangement.PartTime });
        yield return Example(ValidationCodes.PlacementScheduleUnexpected, placement, p with { Schedule = Samples.Schedule });
        yield return Example(ValidationCodes.PlacementConsentMinorMissing, placement, p with { Consents = [new WrittenConsent(ConsentParty.Minor, p.Start)] });
        yield return Example(ValidationCodes.PlacementConsentMinorUnknown, placement, p with { Consents = [new WrittenConsent(ConsentParty.Minor, p.Start, new MinorCode("M999"))] });
        yield return Example(ValidationCodes.PlacementConsentMinorUnexpected, placement, p with { Consents = [new WrittenConsent(ConsentParty.Parents, p.Start, Samples.MinorCode)] });
        yield return Example(ValidationCodes.PlacementHearingMinorUnknown, placement, p with { Hearings = [new Hearing(new MinorCode("M999"), p.Start)] });
        yield return Example(ValidationCodes.PlacementExtensionUntilBeforeDecree, placement, p with { Extensions = [new Extension(p.Start.PlusYears(2), p.Start.PlusYears(1), true, HarmGround.SeriousHarm)] });
        yield return Example(ValidationCodes.PlacementEndBeforeStart, placement, p with { End = new PlacementEnd(p.Start.PlusDays(-1), EndReason.Other) });
        yield return Example(ValidationCodes.PlacementSiblingApartPlacedHere, placement, p with { SiblingsPlacedApart = [Samples.MinorCode] });
    }
}
