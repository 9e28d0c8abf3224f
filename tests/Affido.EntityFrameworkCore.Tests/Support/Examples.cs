using Affido.TestSupport.Matching;
using NodaTime;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>An eligible carer and a request to vary with <c>with</c> in example tests.</summary>
internal static class Examples
{
    public static readonly LocalDate Start = PropertyRegistry.ReferenceDate;

    public static Municipality Town(int index) => SyntheticTerritory.Small.Municipalities[index];

    /// <summary>A 9-year-old with no special needs, from the first town, ordinary full-time placement for 12 months.</summary>
    public static MatchRequest Request(params string[] minors) => new()
    {
        Id = "R-1",
        Minors = (minors.Length == 0 ? ["M1"] : minors).Select(code => new Minor
        {
            Code = new MinorCode(code),
            BirthDate = Start.PlusYears(-9).PlusDays(-10),
            Sex = Sex.Female,
        }).ToValueArray(),
        Form = PlacementForm.Ordinary,
        Arrangement = TimeArrangement.FullTime,
        ExpectedStart = Start,
        ExpectedDuration = Period.FromMonths(12),
        FamilyOfOrigin = Town(0),
    };

    /// <summary>An approved, consenting carer in town 5 who accepts every form, 0–17, 3 places, every need, available for years.</summary>
    public static FosterCarer Carer(string code) => new()
    {
        Code = new CarerCode(code),
        Municipality = Town(5),
        Household = new Household(HouseholdType.Couple),
        Experience = new Experience(2, 20),
        Status = AssessmentStatus.Approved,
        DataProcessingConsent = new DataProcessingConsent(Start.PlusDays(-100)),
        Availability = new Availability
        {
            Forms = [PlacementForm.Ordinary, PlacementForm.Emergency, PlacementForm.Professional, PlacementForm.UnaccompaniedForeignMinor, PlacementForm.SolidarityNeighbourhood],
            Arrangements = [TimeArrangement.FullTime, TimeArrangement.PartTime],
            Ages = AgeRange.AnyMinor,
            Places = 3,
            AcceptedNeeds = NeedProfile.AllHigh,
            From = Start.PlusDays(-30),
        },
        WaitingSince = Start.PlusDays(-200),
        Languages = [LanguageCode.Italian],
    };

    public static FosterCarer WithAvailability(this FosterCarer carer, Func<Availability, Availability> change)
        => carer with { Availability = change(carer.Availability) };

    public static FosterCarer WithDistrict(this FosterCarer carer, string? district)
        => carer with { Municipality = carer.Municipality with { District = district is null ? null : new DistrictCode(district) } };

    public static FosterCarer WithRelatives(this FosterCarer carer, params Relative[] relatives)
        => carer with { Relatives = relatives.ToValueArray() };
}
