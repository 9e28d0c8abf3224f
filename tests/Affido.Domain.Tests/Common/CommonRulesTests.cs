using Affido.Domain;
using FluentValidation;
using NodaTime;

namespace Affido.Domain.Tests.Common;

public sealed class CommonRulesTests
{
    private sealed record Input(object? Nested, string? Required, string? Optional, Sex Sex, Period? Period);

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Nested).Required();
            RuleFor(x => x.Required).RequiredText();
            RuleFor(x => x.Optional).OptionalText();
            RuleFor(x => x.Sex).DefinedEnum();
            RuleFor(x => x.Period).PositiveDatePeriod();
        }
    }

    private static readonly InputValidator Validator = new();
    private static readonly Input Good = new(new object(), "text", null, Sex.Male, Period.FromDays(1));

    [Fact]
    public void Good_input_passes() => ValidationAssert.Valid(Validator, Good);

    [Fact]
    public void Required_fails_on_null_with_its_message()
        => Assert.Equal("'Nested' is required.", ValidationAssert.Fails(Validator, Good with { Nested = null }, "Nested", ValidationCodes.Required).ErrorMessage);

    [Fact]
    public void RequiredText_fails_on_null_empty_and_blank()
    {
        ValidationAssert.Fails(Validator, Good with { Required = null }, "Required", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(Validator, Good with { Required = "" }, "Required", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(Validator, Good with { Required = " \t" }, "Required", ValidationCodes.TextEmpty);
    }

    [Fact]
    public void OptionalText_accepts_null_and_text_but_not_blank()
    {
        ValidationAssert.Valid(Validator, Good with { Optional = "x" });
        ValidationAssert.Fails(Validator, Good with { Optional = "" }, "Optional", ValidationCodes.TextBlank);
    }

    [Fact]
    public void DefinedEnum_gives_the_value_and_the_enum_in_the_message()
        => Assert.Equal("'Sex' has the value 7, which is not a defined Sex.",
            ValidationAssert.Fails(Validator, Good with { Sex = (Sex)7 }, "Sex", ValidationCodes.EnumUndefined).ErrorMessage);

    [Fact]
    public void An_absent_period_passes_a_zero_one_fails_once()
    {
        ValidationAssert.Valid(Validator, Good with { Period = null });
        var result = Validator.Validate(Good with { Period = Period.Zero });
        Assert.Equal([ValidationCodes.PeriodNotPositive], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void A_period_with_time_units_fails_with_that_code_only()
    {
        var result = Validator.Validate(Good with { Period = Period.FromMinutes(-5) });
        Assert.Equal([ValidationCodes.PeriodTimeUnits], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Rule_extensions_reject_a_null_builder()
    {
        Assert.Throws<ArgumentNullException>(() => CommonRules.Required<Input, object?>(null!));
        Assert.Throws<ArgumentNullException>(() => CommonRules.RequiredText<Input>(null!));
        Assert.Throws<ArgumentNullException>(() => CodeRules.PseudonymousCode<Input, MinorCode>(null!));
        Assert.Throws<ArgumentNullException>(() => TerritoryRules.IstatCode<Input>(null!));
    }
}
