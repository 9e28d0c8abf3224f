using FluentValidation;
using NodaTime;

namespace Affido.Domain.Tests.Validation;

public sealed class AffidoValidatorTests
{
    [Fact]
    public void A_null_object_is_one_value_required_failure_at_the_empty_path_not_an_exception()
    {
        var result = new PlacementValidator().Validate((Placement)null!);
        var failure = Assert.Single(result.Errors);
        Assert.Equal((string.Empty, ValidationCodes.Required), (failure.PropertyName, failure.ErrorCode));
        Assert.Equal("Il valore è obbligatorio.", failure.MessageIn(MessageLanguage.Italian));
    }

    [Fact]
    public async Task A_null_object_is_answered_asynchronously_too()
        => Assert.Single((await new MinorValidator().ValidateAsync((Minor)null!)).Errors);

    [Fact]
    public void Attempted_values_are_kept_only_when_they_cannot_be_personal_data()
    {
        var carer = Samples.Carer with
        {
            Code = new CarerCode(" "),
            Status = (AssessmentStatus)9,
            WaitingSince = new LocalDate(1800, 1, 1),
            Availability = Samples.Availability with { Places = -3 },
            Household = Samples.Household with { ChildrenBirthDates = [Samples.Today.PlusDays(3)] },
        };
        var byPath = new FosterCarerValidator(Samples.Clock()).Validate(carer).Errors.ToDictionary(f => f.PropertyName + " " + f.ErrorCode, f => f.AttemptedValue);
        Assert.Null(byPath["Code code.empty"]);
        Assert.Equal((AssessmentStatus)9, byPath["Status enum.undefined"]);
        Assert.Null(byPath["WaitingSince date.out-of-range"]);
        Assert.Equal(-3, byPath["Availability.Places availability.places.not-positive"]);
        Assert.Null(byPath["Household.ChildrenBirthDates[0] household.child.born-in-future"]);
    }

    [Fact]
    public void A_period_is_kept_as_attempted_value()
    {
        var failure = Assert.Single(new PlacementPlanValidator().Validate(new PlacementPlan { PresumedDuration = Period.FromMonths(-2) }).Errors);
        Assert.Equal(Period.FromMonths(-2), failure.AttemptedValue);
    }

    [Fact]
    public void Validate_and_throw_clears_personal_attempted_values_too()
    {
        var exception = Assert.Throws<ValidationException>(() => new MinorValidator().ValidateAndThrow(Samples.Minor with { Code = new MinorCode(" ") }));
        var failure = Assert.Single(exception.Errors);
        Assert.Null(failure.AttemptedValue);
    }

    [Fact]
    public void A_domain_validator_inside_another_validator_clears_the_shared_failures()
    {
        var outer = new InlineValidator<Placement>();
        outer.RuleForEach(p => p.Minors).SetValidator(new MinorValidator());
        var failure = Assert.Single(outer.Validate(Samples.Placement with { Minors = [Samples.Minor with { Code = new MinorCode("M\u0000") }] }).Errors);
        Assert.Equal(("Minors[0].Code", ValidationCodes.CodeInvalidCharacter), (failure.PropertyName, failure.ErrorCode));
        Assert.Null(failure.AttemptedValue);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(3, true)]
    [InlineData(double.NaN, true)]
    [InlineData(true, true)]
    [InlineData(Sex.Male, true)]
    [InlineData("M000001", false)]
    public void The_attempted_value_rule(object? value, bool shareable) => Assert.Equal(shareable, AttemptedValues.IsShareable(value));

    [Fact]
    public void Dates_codes_and_records_are_never_shareable_periods_and_decimals_are()
    {
        Assert.False(AttemptedValues.IsShareable(new LocalDate(2011, 3, 15)));
        Assert.False(AttemptedValues.IsShareable(new MinorCode("M1")));
        Assert.False(AttemptedValues.IsShareable(new GeoPoint(45, 9)));
        Assert.False(AttemptedValues.IsShareable(Samples.Minor));
        Assert.True(AttemptedValues.IsShareable(Period.FromMonths(3)));
        Assert.True(AttemptedValues.IsShareable(1.5m));
    }
}
