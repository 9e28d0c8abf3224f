using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Affido.Domain.Tests.Validation;

public sealed class ValidationFailureExtensionsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Code", "code")]
    [InlineData("Minors[0].BirthDate", "minors[0].birthDate")]
    [InlineData("FamilyOfOrigin.Municipality.Location.Latitude", "familyOfOrigin.municipality.location.latitude")]
    [InlineData("Household.ChildrenBirthDates[12]", "household.childrenBirthDates[12]")]
    [InlineData("Consents[1].Minor", "consents[1].minor")]
    [InlineData("IsDirect", "isDirect")]
    public void Json_paths_are_camel_case_with_indexes_kept(string propertyPath, string jsonPath)
        => Assert.Equal(jsonPath, new ValidationFailure(propertyPath, "m").JsonPath());

    [Fact]
    public void The_error_dictionary_groups_messages_by_json_path_in_the_order_they_fail()
    {
        var placement = Samples.Placement with
        {
            Minors = [Samples.Minor with { Code = default, BirthDate = default }],
            Start = new LocalDate(1850, 1, 1),
        };
        var errors = new PlacementValidator().Validate(placement).ToErrorDictionary();
        Assert.Equal(["minors[0].code", "minors[0].birthDate", "start"], errors.Keys.Take(3));
        Assert.Equal(["Must not be empty or blank."], errors["minors[0].code"]);
        Assert.Equal(["Must be a date from 1900-01-01 to 2199-12-31 in the ISO calendar."], errors["start"]);
    }

    [Fact]
    public void The_error_dictionary_speaks_italian_on_request_and_is_empty_when_valid()
    {
        var errors = new MinorValidator().Validate(Samples.Minor with { Code = new MinorCode(" ") }).ToErrorDictionary(MessageLanguage.Italian);
        Assert.Equal(["Il codice non deve essere vuoto."], errors["code"]);
        Assert.Empty(new MinorValidator().Validate(Samples.Minor).ToErrorDictionary());
    }

    [Fact]
    public void Several_failures_of_one_member_are_listed_together()
    {
        var errors = new MinorValidator().Validate(Samples.Minor with { Code = new MinorCode(new string('\u0007', 70)) }).ToErrorDictionary();
        Assert.Equal(2, errors["code"].Length);
    }

    [Fact]
    public void A_failure_from_elsewhere_gives_its_error_message_in_both_languages()
    {
        var failure = new ValidationFailure("X", "Something else.");
        Assert.Equal(new BilingualText("Something else.", "Something else."), failure.Text());
        Assert.Equal("Something else.", failure.MessageIn(MessageLanguage.Italian));
    }

    [Fact]
    public void Null_arguments_are_argument_exceptions()
    {
        Assert.Throws<ArgumentNullException>(() => ((ValidationFailure)null!).Text());
        Assert.Throws<ArgumentNullException>(() => ((ValidationFailure)null!).JsonPath());
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<ValidationFailure>)null!).ToErrorDictionary());
        Assert.Throws<ArgumentOutOfRangeException>(() => Array.Empty<ValidationFailure>().ToErrorDictionary((MessageLanguage)9));
    }

    [Fact]
    public void Null_elements_are_skipped()
        => Assert.Equal(["code"], new[] { null!, new ValidationFailure("Code", "m") }.ToErrorDictionary().Keys);
}
