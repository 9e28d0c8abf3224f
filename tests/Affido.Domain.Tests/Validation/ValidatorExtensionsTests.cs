using FluentValidation;
using NodaTime;

namespace Affido.Domain.Tests.Validation;

public sealed class ValidatorExtensionsTests
{
    private sealed record Input(object? Nested, string? Required, string? Optional, Sex Sex, Period? Period, LocalDate Date, LocalDate? OptionalDate, string? Notes, string? Reference);

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(x => x.Nested).Required();
            RuleFor(x => x.Required).RequiredText();
            RuleFor(x => x.Optional).OptionalText();
            RuleFor(x => x.Sex).DefinedEnum();
            RuleFor(x => x.Period).PositiveDatePeriod();
            RuleFor(x => x.Date).SupportedDate();
            RuleFor(x => x.OptionalDate).SupportedDate();
            RuleFor(x => x.Notes).OptionalText(TextKind.FreeText);
            RuleFor(x => x.Reference).OptionalText(TextKind.Identifier);
        }
    }

    private static readonly InputValidator Validator = new();
    private static readonly Input Good = new(new object(), "text", null, Sex.Male, Period.FromDays(1), new LocalDate(2020, 1, 1), null, null, null);

    [Fact]
    public void Good_input_passes() => ValidationAssert.Valid(Validator, Good);

    [Fact]
    public void Required_fails_on_null_with_the_catalogue_message_in_both_languages()
    {
        var failure = ValidationAssert.Fails(Validator, Good with { Nested = null }, "Nested", ValidationCodes.Required);
        Assert.Equal("A value is required.", failure.ErrorMessage);
        Assert.Equal("Il valore è obbligatorio.", failure.MessageIn(MessageLanguage.Italian));
    }

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

    [Theory]
    [InlineData(TextKind.Identifier, InputLimits.MaxCodeLength)]
    [InlineData(TextKind.Line, InputLimits.MaxLineLength)]
    [InlineData(TextKind.FreeText, InputLimits.MaxFreeTextLength)]
    public void A_text_may_be_as_long_as_its_kind_allows_and_not_one_character_more(TextKind kind, int max)
    {
        Input With(string text) => kind switch
        {
            TextKind.Identifier => Good with { Reference = text },
            TextKind.Line => Good with { Optional = text },
            _ => Good with { Notes = text },
        };
        string property = kind switch { TextKind.Identifier => "Reference", TextKind.Line => "Optional", _ => "Notes" };
        ValidationAssert.Valid(Validator, With(new string('x', max)));
        var failure = ValidationAssert.Fails(Validator, With(new string('x', max + 1)), property, ValidationCodes.TextTooLong);
        Assert.Equal($"Must be at most {max} characters long, but has {max + 1}.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("bell\a", 4)]
    [InlineData("\u001b[31mred", 0)]
    [InlineData("a\0b", 1)]
    [InlineData("ab\ud800", 2)]
    [InlineData("\udc00", 0)]
    [InlineData("caf\ufffd", 3)]
    [InlineData("line\u2028separator", 4)]
    public void A_line_rejects_control_characters_unpaired_surrogates_and_the_replacement_character(string text, int position)
    {
        var failure = ValidationAssert.Fails(Validator, Good with { Optional = text }, "Optional", ValidationCodes.TextInvalidCharacter);
        Assert.Contains($"at position {position} ", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two lines\nof notes\r\nwith\ta tab")]
    [InlineData("emoji \ud83d\ude00 and accents: perché")]
    [InlineData("right-to-left mark \u200f in Arabic text")]
    public void Free_text_accepts_line_breaks_tabs_surrogate_pairs_and_format_characters(string text)
        => ValidationAssert.Valid(Validator, Good with { Notes = text });

    [Theory]
    [InlineData("n. 12/2025\u200b")]
    [InlineData("n. \u202e12/2025")]
    [InlineData("n.\t12")]
    public void An_identifier_rejects_invisible_and_bidirectional_characters(string text)
        => ValidationAssert.Fails(Validator, Good with { Reference = text }, "Reference", ValidationCodes.TextInvalidCharacter);

    [Fact]
    public void DefinedEnum_gives_the_value_and_the_enum_in_the_message()
        => Assert.Equal("Has the value 7, which is not a defined Sex.",
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

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("9999-12-31")]
    public void A_date_outside_1900_2199_fails_with_date_out_of_range(string text)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
        var failure = ValidationAssert.Fails(Validator, Good with { Date = date }, "Date", ValidationCodes.DateOutOfRange);
        Assert.Equal("Must be a date from 1900-01-01 to 2199-12-31 in the ISO calendar.", failure.ErrorMessage);
        Assert.Equal("Deve essere una data dal 01/01/1900 al 31/12/2199 nel calendario ISO.", failure.MessageIn(MessageLanguage.Italian));
        ValidationAssert.Fails(Validator, Good with { OptionalDate = date }, "OptionalDate", ValidationCodes.DateOutOfRange);
    }

    [Fact]
    public void The_first_and_last_supported_dates_pass_and_a_julian_date_fails()
    {
        ValidationAssert.Valid(Validator, Good with { Date = SupportedDates.Earliest, OptionalDate = SupportedDates.Latest });
        ValidationAssert.Fails(Validator, Good with { Date = new LocalDate(2020, 1, 1, CalendarSystem.Julian) }, "Date", ValidationCodes.DateOutOfRange);
    }

    [Fact]
    public void Rule_extensions_reject_a_null_builder()
    {
        Assert.Throws<ArgumentNullException>(() => ValueValidatorExtensions.Required<Input, object?>(null!));
        Assert.Throws<ArgumentNullException>(() => TextValidatorExtensions.RequiredText<Input>(null!));
        Assert.Throws<ArgumentNullException>(() => DateValidatorExtensions.SupportedDate<Input>((IRuleBuilder<Input, LocalDate>)null!));
        Assert.Throws<ArgumentNullException>(() => CodeValidatorExtensions.PseudonymousCode<Input, MinorCode>(null!));
        Assert.Throws<ArgumentNullException>(() => TerritoryValidatorExtensions.IstatCode<Input>(null!));
    }

    [Fact]
    public void A_code_missing_from_the_catalogue_is_refused_when_the_rule_is_declared()
    {
        var validator = new InlineValidator<Input>();
        Assert.Throws<ArgumentException>(() => validator.RuleFor(x => x.Sex).Must(_ => true).WithMessageFrom(DomainMessages.Catalogue, "no.such-code"));
    }
}
