using System.Globalization;
using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Domain.Tests;

/// <summary>A valid aggregate with exactly one field broken, and the failure the validator must report for it.</summary>
/// <typeparam name="T">The aggregate type.</typeparam>
/// <param name="What">What was broken, for the failure report.</param>
/// <param name="Value">The corrupted aggregate.</param>
/// <param name="Property">The expected property path.</param>
/// <param name="Code">The expected error code.</param>
public sealed record Corruption<T>(string What, T Value, string Property, string Code)
{
    /// <summary>What was broken and where.</summary>
    public override string ToString() => $"{What}: expect {Property} {Code}";
}

/// <summary>
/// Corruption generators: each takes a generated valid aggregate, picks one field to break (a breaker) and says the
/// property path and code the validator must report.
/// </summary>
internal static class Corruptions
{
    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Gen<Corruption<T>> Of<T>(Gen<T> valid, params Func<T, Gen<Corruption<T>>>[] breakers)
        => from value in valid
           from breaker in Gen.Elements(breakers)
           from corruption in breaker(value)
           select corruption;

    private static Gen<string> Blanks { get; } = Gen.Elements("", " ", "\t", null!);

    private static Gen<int> NotPositive { get; } = Gen.Choose(-1000, 0);

    private static Gen<int> Negative { get; } = Gen.Choose(-1000, -1);

    public static Gen<Corruption<Minor>> Minors { get; } = Of(DomainGenerators.Minors,
        m => Blanks.Select(b => new Corruption<Minor>("blank code", m with { Code = new MinorCode(b) }, "Code", ValidationCodes.CodeEmpty)),
        m => Gen.Choose(2, 100).Select(s => new Corruption<Minor>("undefined sex", m with { Sex = (Sex)s }, "Sex", ValidationCodes.EnumUndefined)),
        m => Gen.Elements("ITA", "I", "It", "1t").Select(l => new Corruption<Minor>("bad language", m with { Languages = m.Languages.Add(new LanguageCode(l)) }, $"Languages[{I(m.Languages.Count)}]", ValidationCodes.LanguageCodeFormat)),
        m => Blanks.Select(b => new Corruption<Minor>("blank background", m with { Background = new BackgroundTag(b) }, "Background", ValidationCodes.BackgroundTagEmpty)),
        m => Blanks.Select(b => new Corruption<Minor>("blank sibling group", m with { SiblingGroup = new SiblingGroupId(b) }, "SiblingGroup", ValidationCodes.CodeEmpty)));

    public static Gen<Corruption<FosterCarer>> FosterCarers { get; } = Of(DomainGenerators.FosterCarers,
        c => Blanks.Select(b => new Corruption<FosterCarer>("blank code", c with { Code = new CarerCode(b) }, "Code", ValidationCodes.CodeEmpty)),
        c => Gen.Constant(new Corruption<FosterCarer>("no municipality", c with { Municipality = null! }, "Municipality", ValidationCodes.Required)),
        c => Gen.Elements("15189", "0151890", "01518x", "").Select(code => new Corruption<FosterCarer>("malformed ISTAT code", c with { Municipality = c.Municipality with { Code = new IstatCode(code) } }, "Municipality.Code", ValidationCodes.IstatCodeFormat)),
        c => DomainGenerators.Municipalities.Where(m => m.Province.Code != c.Municipality.Province.Code)
            .Select(other => new Corruption<FosterCarer>("province of another municipality", c with { Municipality = c.Municipality with { Province = other.Province } }, "Municipality.Code", ValidationCodes.IstatCodeProvinceMismatch)),
        c => Gen.Choose(1, 1000).Select(d => new Corruption<FosterCarer>("latitude out of range", c with { Municipality = c.Municipality with { Location = new GeoPoint(90 + d / 100.0, 9) } }, "Municipality.Location.Latitude", ValidationCodes.LatitudeOutOfRange)),
        c => Gen.Constant(new Corruption<FosterCarer>("no household", c with { Household = null! }, "Household", ValidationCodes.Required)),
        c => Gen.Choose(1, 5000).Select(d => new Corruption<FosterCarer>("own child born in the future", c with { Household = c.Household with { ChildrenBirthDates = c.Household.ChildrenBirthDates.Add(DomainGenerators.ReferenceDate.PlusDays(d)) } }, $"Household.ChildrenBirthDates[{I(c.Household.ChildrenBirthDates.Count)}]", ValidationCodes.HouseholdChildBornInFuture)),
        c => Gen.Constant(new Corruption<FosterCarer>("no experience", c with { Experience = null! }, "Experience", ValidationCodes.Required)),
        c => Negative.Select(n => new Corruption<FosterCarer>("negative placements", c with { Experience = c.Experience with { PreviousPlacements = n } }, "Experience.PreviousPlacements", ValidationCodes.ExperiencePreviousPlacementsNegative)),
        c => Negative.Select(n => new Corruption<FosterCarer>("negative training", c with { Experience = c.Experience with { TrainingHours = n } }, "Experience.TrainingHours", ValidationCodes.ExperienceTrainingHoursNegative)),
        c => Gen.Choose(4, 100).Select(s => new Corruption<FosterCarer>("undefined status", c with { Status = (AssessmentStatus)s }, "Status", ValidationCodes.EnumUndefined)),
        c => Gen.Choose(1, 5000).Select(d => new Corruption<FosterCarer>("consent in the future", c with { DataProcessingConsent = new DataProcessingConsent(DomainGenerators.ReferenceDate.PlusDays(d)) }, "DataProcessingConsent.GivenOn", ValidationCodes.DataProcessingConsentInFuture)),
                c => from b in Blanks
             from field in Gen.Elements("Name", "Address", "Phone", "Email")
             let service = field switch
             {
                 "Name" => c.Service! with { Name = b },
                 "Address" => c.Service! with { Address = b },
                 "Phone" => c.Service! with { Phone = b },
                 _ => c.Service! with { Email = b },
             }
             select new Corruption<FosterCarer>("blank service " + field, c with { Service = service }, "Service." + field, ValidationCodes.TextEmpty),
        c => Gen.Constant(new Corruption<FosterCarer>("no availability", c with { Availability = null! }, "Availability", ValidationCodes.Required)),
        c => NotPositive.Select(n => new Corruption<FosterCarer>("no places", c with { Availability = c.Availability with { Places = n } }, "Availability.Places", ValidationCodes.AvailabilityPlacesNotPositive)),
        c => Gen.Choose(1, 3000).Select(d => new Corruption<FosterCarer>("ends before it starts", c with { Availability = c.Availability with { Until = c.Availability.From.PlusDays(-d) } }, "Availability.Until", ValidationCodes.AvailabilityUntilBeforeFrom)),
        c => Gen.Constant(new Corruption<FosterCarer>("no forms", c with { Availability = c.Availability with { Forms = [] } }, "Availability.Forms", ValidationCodes.AvailabilityFormsEmpty)),
        c => Gen.Constant(new Corruption<FosterCarer>("no arrangements", c with { Availability = c.Availability with { Arrangements = [] } }, "Availability.Arrangements", ValidationCodes.AvailabilityArrangementsEmpty)),
        c => from min in Gen.Choose(1, 17)
             from max in Gen.Choose(0, min - 1)
             select new Corruption<FosterCarer>("inverted age range", c with { Availability = c.Availability with { Ages = new AgeRange(min, max) } }, "Availability.Ages.MinYears", ValidationCodes.AgeRangeMinExceedsMax),
        c => Gen.Choose(18, 120).Select(max => new Corruption<FosterCarer>("adult in the age range", c with { Availability = c.Availability with { Ages = c.Availability.Ages with { MaxYears = max } } }, "Availability.Ages.MaxYears", ValidationCodes.AgeRangeMaxOutOfRange)),
        c => Negative.Select(min => new Corruption<FosterCarer>("negative minimum age", c with { Availability = c.Availability with { Ages = c.Availability.Ages with { MinYears = min } } }, "Availability.Ages.MinYears", ValidationCodes.AgeRangeMinOutOfRange)),
        c => Gen.Elements("ENG", "e", "").Select(l => new Corruption<FosterCarer>("bad language", c with { Languages = c.Languages.Add(new LanguageCode(l)) }, $"Languages[{I(c.Languages.Count)}]", ValidationCodes.LanguageCodeFormat)),
        c => NotPositive.Select(d => new Corruption<FosterCarer>("relative of degree 0 or less", c with { Relatives = c.Relatives.Add(new Relative(new PersonCode("P1"), d)) }, $"Relatives[{I(c.Relatives.Count)}].Degree", ValidationCodes.RelativeDegreeNotPositive)));

    public static Gen<Corruption<Placement>> Placements { get; } = Of(DomainGenerators.Placements,
        p => Gen.Constant(new Corruption<Placement>("no minors", p with { Minors = [] }, "Minors", ValidationCodes.PlacementMinorsEmpty)),
        p => Gen.Choose(1, 365).Select(d => new Corruption<Placement>("duplicate minor code", p with { Minors = p.Minors.Add(p.Minors[0] with { BirthDate = p.Start.PlusDays(-d) }) }, "Minors", ValidationCodes.PlacementMinorsDuplicateCode)),
        p => from i in Gen.Choose(0, p.Minors.Count - 1)
             from d in Gen.Choose(1, 2000)
             select new Corruption<Placement>("minor born after the start", p with { Minors = Replace(p.Minors, i, p.Minors[i] with { BirthDate = p.Start.PlusDays(d) }) }, $"Minors[{I(i)}].BirthDate", ValidationCodes.PlacementMinorBornAfterStart),
        p => Gen.Choose(0, p.Minors.Count - 1).Select(i => new Corruption<Placement>("null minor", p with { Minors = Replace(p.Minors, i, null!) }, $"Minors[{I(i)}]", ValidationCodes.Required)),
        p => Blanks.Select(b => new Corruption<Placement>("blank carer", p with { Carer = new CarerCode(b) }, "Carer", ValidationCodes.CodeEmpty)),
        p => Gen.Constant(new Corruption<Placement>("no family of origin", p with { FamilyOfOrigin = null! }, "FamilyOfOrigin", ValidationCodes.Required)),
        p => Gen.Elements("1", "ABCDEF").Select(code => new Corruption<Placement>("family's municipality malformed", p with { FamilyOfOrigin = p.FamilyOfOrigin with { Municipality = p.FamilyOfOrigin.Municipality with { Code = new IstatCode(code) } } }, "FamilyOfOrigin.Municipality.Code", ValidationCodes.IstatCodeFormat)),
        p => Gen.Choose(2, 50).Select(v => new Corruption<Placement>("undefined legal basis", p with { LegalBasis = (LegalBasis)v }, "LegalBasis", ValidationCodes.EnumUndefined)),
        p => Gen.Constant(new Corruption<Placement>("part time without schedule", p with { Arrangement = TimeArrangement.PartTime, Schedule = null }, "Schedule", ValidationCodes.PlacementScheduleMissing)),
        p => DomainGenerators.PartTimeSchedules.Select(s => new Corruption<Placement>("full time with schedule", p with { Arrangement = TimeArrangement.FullTime, Schedule = s }, "Schedule", ValidationCodes.PlacementScheduleUnexpected)),
        p => Gen.Constant(new Corruption<Placement>("schedule with no days", p with { Arrangement = TimeArrangement.PartTime, Schedule = new PartTimeSchedule([]) }, "Schedule.Days", ValidationCodes.PartTimeScheduleDaysEmpty)),
        p => Gen.Elements(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday).Select(d => new Corruption<Placement>("schedule with a repeated day", p with { Arrangement = TimeArrangement.PartTime, Schedule = new PartTimeSchedule([d, IsoDayOfWeek.Wednesday, d]) }, "Schedule.Days", ValidationCodes.PartTimeScheduleDaysDuplicate)),
        p => Gen.OneOf(Gen.Choose(-24, 0), Gen.Choose(25, 100)).Select(h => new Corruption<Placement>("schedule hours out of range", p with { Arrangement = TimeArrangement.PartTime, Schedule = new PartTimeSchedule([IsoDayOfWeek.Friday], h) }, "Schedule.HoursPerDay", ValidationCodes.PartTimeScheduleHoursOutOfRange)),
        p => Gen.Constant(new Corruption<Placement>("minor's consent naming no minor", p with { Consents = p.Consents.Add(new WrittenConsent(ConsentParty.Minor, p.Start)) }, $"Consents[{I(p.Consents.Count)}].Minor", ValidationCodes.PlacementConsentMinorMissing)),
        p => Gen.Constant(new Corruption<Placement>("consent of a minor not placed", p with { Consents = p.Consents.Add(new WrittenConsent(ConsentParty.Minor, p.Start, new MinorCode("X1"))) }, $"Consents[{I(p.Consents.Count)}].Minor", ValidationCodes.PlacementConsentMinorUnknown)),
        p => Gen.Constant(new Corruption<Placement>("hearing of a minor not placed", p with { Hearings = p.Hearings.Add(new Hearing(new MinorCode("X1"), p.Start)) }, $"Hearings[{I(p.Hearings.Count)}].Minor", ValidationCodes.PlacementHearingMinorUnknown)),
        p => Blanks.Select(b => new Corruption<Placement>("decree without reference", p with { Decrees = p.Decrees.Add(new Decree(Authority.JuvenileCourt, p.Start, b)) }, $"Decrees[{I(p.Decrees.Count)}].Reference", ValidationCodes.TextEmpty)),
        p => Gen.Choose(1, 400).Select(d => new Corruption<Placement>("extension ending before its decree", p with { Extensions = p.Extensions.Add(new Extension(p.Start.PlusYears(2), p.Start.PlusYears(2).PlusDays(-d), true, HarmGround.SeriousHarm)) }, $"Extensions[{I(p.Extensions.Count)}].Until", ValidationCodes.PlacementExtensionUntilBeforeDecree)),
        p => Gen.Choose(1, 2000).Select(d => new Corruption<Placement>("end before the start", p with { End = new PlacementEnd(p.Start.PlusDays(-d), EndReason.Other) }, "End.On", ValidationCodes.PlacementEndBeforeStart)),
        p => Gen.Constant(new Corruption<Placement>("placed minor said to be apart", p with { SiblingsPlacedApart = p.SiblingsPlacedApart.Add(p.Minors[0].Code) }, $"SiblingsPlacedApart[{I(p.SiblingsPlacedApart.Count)}]", ValidationCodes.PlacementSiblingApartPlacedHere)));

    public static Gen<Corruption<PlacementPlan>> PlacementPlans { get; } = Of(DomainGenerators.PlacementPlans,
        p => NotPositive.Select(n => new Corruption<PlacementPlan>("duration not positive", p with { PresumedDuration = Period.FromMonths(n) }, "PresumedDuration", ValidationCodes.PeriodNotPositive)),
        p => NotPositive.Select(n => new Corruption<PlacementPlan>("cadence not positive", p with { VerificationCadence = Period.FromWeeks(n) }, "VerificationCadence", ValidationCodes.PeriodNotPositive)),
        p => Gen.Choose(1, 1000).Select(h => new Corruption<PlacementPlan>("duration in hours", p with { PresumedDuration = Period.FromHours(h) }, "PresumedDuration", ValidationCodes.PeriodTimeUnits)),
        p => Gen.Elements("", " ", "\n").Select(b => new Corruption<PlacementPlan>("blank goals", p with { Goals = b }, "Goals", ValidationCodes.TextBlank)),
        p => Gen.Elements("", " ").Select(b => new Corruption<PlacementPlan>("blank consent reference", p with { ConsentOrDecreeReference = b }, "ConsentOrDecreeReference", ValidationCodes.TextBlank)),
        p => Gen.Choose(5, 100).Select(s => new Corruption<PlacementPlan>("undefined signatory", p with { Signatures = p.Signatures.Add(new PlanSignature((Signatory)s, DomainGenerators.ReferenceDate)) }, $"Signatures[{I(p.Signatures.Count)}].By", ValidationCodes.EnumUndefined)));

    private static ValueArray<T> Replace<T>(ValueArray<T> items, int index, T item)
        => new(items.AsImmutableArray().SetItem(index, item));
}
