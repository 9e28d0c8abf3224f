using Affido.Domain;
using NodaTime;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Requests;

public sealed class MatchRequestValidatorTests
{
    private static readonly MatchRequestValidator Validator = new();
    private static readonly SiblingGroupId Group = new("S1");

    private static List<string> Codes(MatchRequest request) => Validator.Validate(request).Errors.Select(e => e.ErrorCode).ToList();

    [Fact]
    public void The_example_is_valid() => Assert.Empty(Codes(Example()));

    [Fact]
    public void A_sibling_group_is_valid() => Assert.Empty(Codes(Example(Child("M1", 3, Group), Child("M2", 5, Group))));

    [Fact]
    public void Siblings_with_a_stated_contraindication_are_rejected_send_one_request_per_minor()
    {
        var request = Example(Child("M1", 3, Group), Child("M2", 5, Group)) with
        {
            SiblingContraindication = new SiblingContraindication(ContraindicationSource.Decree, "Decreto TM"),
        };
        Assert.Contains("siblings.contraindicated-together", Codes(request));
        Assert.Empty(Codes(Example(Child("M1", 3, Group)) with { SiblingContraindication = request.SiblingContraindication }));
    }

    [Fact]
    public void Several_minors_that_are_not_one_sibling_group_are_rejected()
        => Assert.Contains("request.minors.not-siblings", Codes(Example(Child("M1", 3, Group), Child("M2", 5))));

    [Fact]
    public void No_minor_is_rejected() => Assert.Contains("request.minors.missing", Codes(Example() with { Minors = [] }));

    [Fact]
    public void The_same_minor_twice_is_rejected()
        => Assert.Contains("request.minors.duplicate", Codes(Example(Child("M1", 3, Group), Child("M1", 3, Group))));

    [Fact]
    public void A_minor_born_after_the_start_is_rejected()
        => Assert.Contains("request.minor.not-born", Codes(Example(new Minor { Code = new MinorCode("M1"), BirthDate = Start.PlusDays(1), Sex = Sex.Male })));

    [Fact]
    public void A_minor_on_the_18th_birthday_is_still_a_minor_the_day_after_is_not()
    {
        Assert.Empty(Codes(Example(new Minor { Code = new MinorCode("M1"), BirthDate = Start.PlusYears(-18), Sex = Sex.Male })));
        Assert.Contains("request.minor.not-a-minor", Codes(Example(new Minor { Code = new MinorCode("M1"), BirthDate = Start.PlusYears(-18).PlusDays(-1), Sex = Sex.Male })));
    }

    [Fact]
    public void A_zero_duration_is_rejected()
        => Assert.Contains("request.duration.not-positive", Codes(Example() with { ExpectedDuration = Period.Zero }));

    [Fact]
    public void A_district_constraint_needs_the_origin_district()
    {
        var request = Example() with { Protection = ProtectionConstraint.NotSameDistrict, FamilyOfOrigin = Town(0) with { District = null } };
        Assert.Contains("request.protection.district-unknown", Codes(request));
    }

    [Fact]
    public void Empty_codes_are_rejected()
    {
        var request = Example() with { Languages = [new LanguageCode("")], ConflictingPersons = [new PersonCode(" ")], Backgrounds = [new BackgroundTag("")] };
        Assert.Equal(["request.language.empty", "request.background.empty", "request.conflicting-person.empty"], Codes(request));
    }

    [Fact]
    public void Each_minor_is_checked_by_the_domain_minor_validator()
    {
        var minor = new Minor
        {
            Code = new MinorCode(" "),
            BirthDate = Start.PlusYears(-8),
            Sex = (Sex)9,
            Languages = [new LanguageCode("ITA")],
            Background = new BackgroundTag(""),
        };
        Assert.Equal(
            [ValidationCodes.CodeEmpty, ValidationCodes.EnumUndefined, ValidationCodes.LanguageCodeFormat, ValidationCodes.BackgroundTagEmpty],
            Codes(Example(minor)));
    }

    [Fact]
    public void A_blank_sibling_group_is_reported_by_the_minor_validator_and_is_not_one_group()
    {
        var blank = new SiblingGroupId(" ");
        var codes = Codes(Example(Child("M1", 3, blank), Child("M2", 5, blank)));
        Assert.Equal(2, codes.Count(c => c == ValidationCodes.CodeEmpty));
        Assert.Contains("request.minors.not-siblings", codes);
        Assert.Equal(3, codes.Count);
    }

    [Fact]
    public void A_missing_minor_is_reported_not_thrown()
    {
        var request = Example() with { Minors = [Child("M1", 3, Group), null!] };
        Assert.Contains(ValidationCodes.Required, Codes(request));
    }

    [Fact]
    public void The_expected_start_is_supported_from_1900_01_01_the_day_before_is_not()
    {
        var minor = new Minor { Code = new MinorCode("M1"), BirthDate = new LocalDate(1899, 6, 1), Sex = Sex.Male };
        Assert.Contains(ValidationCodes.DateOutOfRange, Codes(Example(minor) with { ExpectedStart = new LocalDate(1899, 12, 31) }));
        var born = new Minor { Code = new MinorCode("M1"), BirthDate = new LocalDate(1900, 1, 1), Sex = Sex.Male };
        Assert.Empty(Codes(Example(born) with { ExpectedStart = new LocalDate(1900, 1, 1) }));
        Assert.Contains(ValidationCodes.DateOutOfRange, Codes(Example(minor) with { ExpectedStart = new LocalDate(1900, 1, 1) }));
    }

    [Fact]
    public void The_expected_end_is_supported_until_2199_12_31_the_day_after_is_not()
    {
        var start = new LocalDate(2199, 12, 1);
        var minor = new Minor { Code = new MinorCode("M1"), BirthDate = start.PlusYears(-5), Sex = Sex.Male };
        Assert.Empty(Codes(Example(minor) with { ExpectedStart = start, ExpectedDuration = Period.FromDays(30) }));
        Assert.Equal([ValidationCodes.PeriodOutOfRange], Codes(Example(minor) with { ExpectedStart = start, ExpectedDuration = Period.FromDays(31) }));
    }

    [Fact]
    public void A_missing_duration_is_required_not_thrown()
    {
        var failure = Assert.Single(Validator.Validate(Example() with { ExpectedDuration = null! }).Errors);
        Assert.Equal((ValidationCodes.Required, "ExpectedDuration"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void A_negative_or_mixed_sign_duration_that_does_not_move_the_start_forward_is_rejected()
    {
        Assert.Contains("request.duration.not-positive", Codes(Example() with { ExpectedDuration = Period.FromMonths(-2) }));
        // Start 2026-03-02: one month minus 28 days ends on 2026-03-05 (positive), minus 31 days on 2026-03-02 (not).
        Assert.Empty(Codes(Example() with { ExpectedDuration = Period.FromMonths(1) - Period.FromDays(28) }));
        Assert.Contains("request.duration.not-positive", Codes(Example() with { ExpectedDuration = Period.FromMonths(1) - Period.FromDays(31) }));
    }

    [Fact]
    public void The_family_of_origin_and_the_school_are_checked_as_municipalities()
    {
        var codes = Codes(Example() with
        {
            FamilyOfOrigin = Town(0) with { Location = new GeoPoint(45, double.NaN) },
            School = Town(1) with { Code = new IstatCode("12") },
        });
        Assert.Equal([ValidationCodes.LongitudeOutOfRange, ValidationCodes.IstatCodeFormat], codes);
    }

    [Fact]
    public void A_date_in_another_calendar_is_reported_not_compared()
        => Assert.Contains(ValidationCodes.DateOutOfRange, Codes(Example() with { ExpectedStart = new LocalDate(2026, 3, 2, CalendarSystem.Julian) }));
}
