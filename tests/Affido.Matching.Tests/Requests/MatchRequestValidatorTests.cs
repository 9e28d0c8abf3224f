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
}
