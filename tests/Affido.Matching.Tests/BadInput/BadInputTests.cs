using Affido.Domain;
using Affido.Matching.Planning;
using Affido.Matching.Tests.Support;
using NodaTime;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.BadInput;

/// <summary>
/// Bad input is answered, never crashed on (issue 12, Matching items): each test failed on the main branch before
/// this change (a crash, a NaN score, a carer without consent explained, a child planned twice).
/// </summary>
public sealed class BadInputTests
{
    private static readonly MatchRequestValidator Validator = new();

    private static List<string> Codes(MatchRequest request) => Validator.Validate(request).Errors.Select(e => e.ErrorCode).ToList();

    // Item 3: the same child placed twice.
    [Fact]
    public void Planning_two_requests_holding_the_same_minor_names_both_requests()
    {
        var index = CarerIndex.Build([EligibleCarer("A"), EligibleCarer("B")]);
        PlanningRequest[] waiting =
        [
            new(Example(Child("M-7", 5)) with { Id = "R-1" }),
            new(Example(Child("M-8", 6)) with { Id = "R-2" }),
            new(Example(Child("M-7", 5)) with { Id = "R-3" }),
        ];
        foreach (var plan in new Func<WaitingListPlan>[] { () => PlacementPlanner.Plan(waiting, index), () => PlacementPlanner.PlanGreedy(waiting, index) })
        {
            var error = Assert.Throws<ArgumentException>(() => plan());
            Assert.Equal("requests", error.ParamName);
            Assert.Contains("'R-1'", error.Message, StringComparison.Ordinal);
            Assert.Contains("'R-3'", error.Message, StringComparison.Ordinal);
            Assert.Contains("'M-7'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Planning_two_entries_with_the_same_request_id_names_both_entries()
    {
        var index = CarerIndex.Build([EligibleCarer("A"), EligibleCarer("B")]);
        PlanningRequest[] waiting = [new(Example(Child("M-1", 5)) with { Id = "R-1" }), new(Example(Child("M-2", 6)) with { Id = "R-1" })];
        var error = Assert.Throws<ArgumentException>(() => PlacementPlanner.Plan(waiting, index));
        Assert.Contains("entries 0 and 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'R-1'", error.Message, StringComparison.Ordinal);
    }

    // Found by the soak of 200 seeds (issue 14): a request without id crashed the planner with the dictionary's
    // ArgumentNullException ("key") instead of the documented ArgumentException naming the waiting list.
    [Fact]
    public void Planning_a_request_without_id_names_the_entry_and_the_waiting_list()
    {
        var index = CarerIndex.Build([EligibleCarer("A"), EligibleCarer("B")]);
        PlanningRequest[] waiting = [new(Example(Child("M-1", 5)) with { Id = "R-1" }), new(Example(Child("M-2", 6)) with { Id = null! })];
        foreach (var call in new Action[]
        {
            () => PlacementPlanner.Plan(waiting, index),
            () => PlacementPlanner.PlanGreedy(waiting, index),
            () => PlacementPlanner.ScoreMatrix(waiting, index),
        })
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal("requests", error.ParamName);
            Assert.Contains("entry 1", error.Message, StringComparison.Ordinal);
            Assert.Contains(MatchValidationCodes.RequestIdMissing, error.Message, StringComparison.Ordinal);
        }
    }

    // Item 5: validators that threw instead of reporting.
    [Fact]
    public void The_request_validator_reports_a_duration_in_hours()
        => Assert.Contains(ValidationCodes.PeriodTimeUnits, Codes(Example() with { ExpectedDuration = Period.FromHours(1) }));

    [Fact]
    public void The_request_validator_reports_a_duration_of_a_hundred_thousand_years()
        => Assert.Contains(ValidationCodes.PeriodOutOfRange, Codes(Example() with { ExpectedDuration = Period.FromYears(100_000) }));

    [Theory]
    [InlineData(9982)]
    [InlineData(9999)]
    public void The_request_validator_reports_a_birth_year_near_the_end_of_time(int year)
    {
        var codes = Codes(Example(new Minor { Code = new MinorCode("M1"), BirthDate = new LocalDate(year, 12, 31), Sex = Sex.Male }));
        Assert.Contains(ValidationCodes.DateOutOfRange, codes);
    }

    [Fact]
    public void The_request_validator_reports_null_members()
    {
        var request = Example() with
        {
            Id = null!,
            Minors = [Child("M1", 4), null!],
            ExpectedDuration = null!,
            FamilyOfOrigin = null!,
            School = Town(1) with { Province = null! },
        };
        var codes = Codes(request);
        Assert.Contains(MatchValidationCodes.RequestIdMissing, codes);
        Assert.Contains(ValidationCodes.Required, codes);
        Assert.Contains(MatchValidationCodes.RequestFamilyOfOriginMissing, codes);
        Assert.Equal("request", Assert.Single(Validator.Validate((MatchRequest)null!).Errors).PropertyName);
        Assert.Single(new MatchDecisionValidator().Validate((MatchDecision)null!).Errors);
        Assert.Single(new MatchingOptionsValidator().Validate((MatchingOptions)null!).Errors);
    }

    // Item 6: input the validators accepted crashed the index.
    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(18, 6, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(2200, 1, 1)]
    public void A_start_outside_the_supported_dates_is_a_validation_error_and_an_argument_exception(int year, int month, int day)
    {
        var request = Example() with { ExpectedStart = new LocalDate(year, month, day) };
        Assert.Contains(ValidationCodes.DateOutOfRange, Codes(request));
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build([EligibleCarer("A")]).Search(request, 10));
        Assert.Equal("request", error.ParamName);
        Assert.Contains("ExpectedStart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_supported_days_are_searched()
    {
        foreach (var (start, duration) in new[] { (SupportedDates.Earliest.PlusYears(9), Period.FromMonths(12)), (SupportedDates.Latest.PlusDays(-1), Period.FromDays(1)) })
        {
            var minor = new Minor { Code = new MinorCode("M1"), BirthDate = start.PlusYears(-8), Sex = Sex.Male };
            var request = Example(minor) with { ExpectedStart = start, ExpectedDuration = duration };
            Assert.Empty(Codes(request));
            var carer = EligibleCarer("A").WithAvailability(a => a with { From = start });
            Assert.Equal(["A"], Matchers.Both([carer], request));
        }
    }

    [Fact]
    public void Carers_with_dates_at_the_ends_of_nodatime_are_indexed_and_ranked()
    {
        var carer = EligibleCarer("A").WithAvailability(a => a with { From = new LocalDate(0, 1, 1), Until = LocalDate.MaxIsoValue }) with
        {
            WaitingSince = LocalDate.MinIsoValue,
            Household = new Household(HouseholdType.Couple, [LocalDate.MinIsoValue]),
        };
        var result = CarerIndex.Build([carer]).Search(Example(), 10);
        Assert.Equal("A", Assert.Single(result.Candidates).Carer.Value);
        Assert.Equal(Matchers.Reference.Search([carer], Example(), 10).Candidates, result.Candidates);
        Assert.Equal(1.0, result.Candidates[0].Breakdown[(int)Criterion.WaitingTime].Score);

        // A child "born" on the last day NodaTime holds counts as younger than the minors (the index never adds years to it).
        var future = carer with { Household = new Household(HouseholdType.Couple, [LocalDate.MaxIsoValue]) };
        Assert.Equal(0.0, CarerIndex.Build([future]).Search(Example(), 1).Candidates[0].Breakdown[(int)Criterion.HouseholdFit].Score);
    }

    [Fact]
    public void Day_numbers_cover_every_date_nodatime_holds_and_agree_with_date_only()
    {
        foreach (var date in new[] { LocalDate.MinIsoValue, new LocalDate(0, 2, 29), new LocalDate(1, 1, 1), new LocalDate(1900, 2, 28), new LocalDate(2000, 2, 29), new LocalDate(2199, 12, 31), LocalDate.MaxIsoValue })
        {
            int day = DayNumbers.Of(date);
            Assert.Equal(date, DayNumbers.ToDate(day));
            if (date != LocalDate.MinIsoValue)
            {
                Assert.Equal(DayNumbers.Of(date.PlusDays(-1)) + 1, day);
            }
            if (date.Year >= 1)
            {
                Assert.Equal(date.ToDateOnly().DayNumber - new DateOnly(1970, 1, 1).DayNumber, day);
            }
        }

        Assert.Equal(DayNumbers.Of(new LocalDate(2026, 3, 2)), DayNumbers.Of(new LocalDate(2026, 2, 17, CalendarSystem.Julian)));
    }

    // Item 7: NaN corrupted the ranking.
    [Theory]
    [InlineData(double.NaN, 9.0)]
    [InlineData(45.0, double.PositiveInfinity)]
    [InlineData(180.0, 9.0)]
    public void A_carer_with_coordinates_that_are_not_degrees_is_rejected_by_name(double latitude, double longitude)
    {
        var carer = EligibleCarer("C-NAN") with { Municipality = Town(2) with { Location = new GeoPoint(latitude, longitude) } };
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build([EligibleCarer("A"), carer]));
        Assert.Equal("carers", error.ParamName);
        Assert.Contains("'C-NAN'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Municipality.Location", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_of_origin_at_nan_is_a_validation_error_and_an_argument_exception()
    {
        var request = Example() with { FamilyOfOrigin = Town(0) with { Location = new GeoPoint(double.NaN, 9) } };
        Assert.Contains(ValidationCodes.LatitudeOutOfRange, Codes(request));
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build([EligibleCarer("A")]).Search(request, 10));
        Assert.Contains("FamilyOfOrigin.Location.Latitude", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_so_large_that_their_sum_overflows_are_rejected()
    {
        var huge = MatchingOptions.Default with { OriginProximityWeight = 1e308, KinshipWeight = 1e308 };
        Assert.Throws<ArgumentException>(() => CarerIndex.Build([EligibleCarer("A")], huge));
        var largest = MatchingOptions.Default with
        {
            OriginProximityWeight = 1000, SchoolProximityWeight = 1000, LanguageWeight = 1000, BackgroundWeight = 1000,
            ExperienceWeight = 1000, HouseholdFitWeight = 1000, DurationAvailabilityWeight = 1000, KinshipWeight = 1000, WaitingTimeWeight = 1000,
        };
        double score = CarerIndex.Build([EligibleCarer("A")], largest).Search(Example(), 1).Candidates[0].Score;
        Assert.True(double.IsFinite(score) && score is >= 0 and <= 1);
    }

    // Item 8: unnamed null errors.
    public static TheoryData<string, Func<FosterCarer, FosterCarer>> NullMembers => new()
    {
        { "Availability", c => c with { Availability = null! } },
        { "Availability.Ages", c => c.WithAvailability(a => a with { Ages = null! }) },
        { "Household", c => c with { Household = null! } },
        { "Experience", c => c with { Experience = null! } },
        { "Municipality", c => c with { Municipality = null! } },
        { "Municipality.Province", c => c with { Municipality = c.Municipality with { Province = null! } } },
        { "Municipality.Province.Region", c => c with { Municipality = c.Municipality with { Province = c.Municipality.Province with { Region = null! } } } },
        { "Relatives[1]", c => c with { Relatives = [new Relative(new PersonCode("P1"), 2), null!] } },
    };

    [Theory]
    [MemberData(nameof(NullMembers))]
    public void Building_with_a_carer_missing_a_member_names_the_carer_and_the_member(string member, Func<FosterCarer, FosterCarer> change)
    {
        var error = Assert.Throws<ArgumentException>(() => CarerIndex.Build([EligibleCarer("A"), change(EligibleCarer("C-42"))]));
        Assert.Equal("carers", error.ParamName);
        Assert.Contains("'C-42'", error.Message, StringComparison.Ordinal);
        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, MatchRequest> UnvalidatedRequests => new()
    {
        { "FamilyOfOrigin", Example() with { FamilyOfOrigin = null! } },
        { "Minors[0]", Example() with { Minors = [null!] } },
        { "Minors", Example() with { Minors = [] } },
        { "ExpectedDuration", Example() with { ExpectedDuration = null! } },
        { "School.Province", Example() with { School = Town(3) with { Province = null! } } },
    };

    [Theory]
    [MemberData(nameof(UnvalidatedRequests))]
    public void An_unvalidated_request_is_answered_with_an_argument_exception_naming_the_member(string member, MatchRequest request)
    {
        Assert.NotEmpty(Codes(request));
        var index = CarerIndex.Build([EligibleCarer("A")]);
        var calls = new Action[]
        {
            () => index.Search(request, 10),
            () => index.Explain(request, new CarerCode("A")),
            () => HardFilters.Prefilter(request),
            () => PlacementPlanner.Plan([new PlanningRequest(request)], index),
        };
        foreach (var call in calls)
        {
            var error = Assert.ThrowsAny<ArgumentException>(call);
            Assert.Contains(member, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_request_with_no_minor_is_never_ranked_nor_planned()
    {
        var index = CarerIndex.Build([EligibleCarer("A")]);
        var empty = Example() with { Minors = [] };
        Assert.Contains(MatchValidationCodes.RequestMinorsMissing, Codes(empty));
        Assert.Throws<ArgumentException>(() => index.Search(empty, 10));
        Assert.Throws<ArgumentException>(() => PlacementPlanner.Plan([new PlanningRequest(empty)], index));
    }
}
