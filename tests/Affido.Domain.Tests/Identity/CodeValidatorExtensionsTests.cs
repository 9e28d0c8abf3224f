using FluentValidation;

namespace Affido.Domain.Tests.Identity;

public sealed class CodeValidatorExtensionsTests
{
    private sealed record Codes(MinorCode Minor, CarerCode Carer, PersonCode Person, DistrictCode District, SiblingGroupId Group, LanguageCode Language, BackgroundTag Tag);

    private sealed class CodesValidator : AbstractValidator<Codes>
    {
        public CodesValidator()
        {
            RuleFor(x => x.Minor).PseudonymousCode();
            RuleFor(x => x.Carer).PseudonymousCode();
            RuleFor(x => x.Person).PseudonymousCode();
            RuleFor(x => x.District).PseudonymousCode();
            RuleFor(x => x.Group).PseudonymousCode();
            RuleFor(x => x.Language).LanguageCode();
            RuleFor(x => x.Tag).BackgroundTag();
        }
    }

    private static readonly Codes Good = new(new("M1"), new("C1"), new("P1"), new("D1"), new("G1"), new("it"), new("roma"));
    private static readonly CodesValidator Validator = new();

    [Fact]
    public void Non_empty_codes_pass() => ValidationAssert.Valid(Validator, Good);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Empty_or_blank_codes_fail_with_code_empty(string? value)
    {
        var bad = new Codes(new(value!), new(value!), new(value!), new(value!), new(value!), Good.Language, Good.Tag);
        foreach (string property in new[] { "Minor", "Carer", "Person", "District", "Group" })
        {
            ValidationAssert.Fails(Validator, bad, property, ValidationCodes.CodeEmpty);
        }
    }

    [Theory]
    [InlineData("IT")]
    [InlineData("ita")]
    [InlineData("i")]
    [InlineData("")]
    [InlineData("i1")]
    [InlineData(null)]
    public void Language_codes_must_be_two_lower_case_letters(string? value)
        => ValidationAssert.Fails(Validator, Good with { Language = new(value!) }, "Language", ValidationCodes.LanguageCodeFormat);

    [Fact]
    public void Blank_background_tags_fail()
        => ValidationAssert.Fails(Validator, Good with { Tag = new(" ") }, "Tag", ValidationCodes.BackgroundTagEmpty);

    [Fact]
    public void A_code_of_64_characters_passes_and_one_of_65_fails()
    {
        ValidationAssert.Valid(Validator, Good with { Minor = new(new string('M', InputLimits.MaxCodeLength)) });
        var failure = ValidationAssert.Fails(Validator, Good with { Minor = new(new string('M', InputLimits.MaxCodeLength + 1)) }, "Minor", ValidationCodes.CodeTooLong);
        Assert.Equal("Must be at most 64 characters long, but has 65.", failure.ErrorMessage);
        ValidationAssert.Fails(Validator, Good with { Tag = new(new string('t', 65)) }, "Tag", ValidationCodes.CodeTooLong);
    }

    [Theory]
    [InlineData("M\ufffd01", 1)]
    [InlineData("M01\ud800", 3)]
    [InlineData("\u001b[2JM01", 0)]
    [InlineData("M 01\n", 4)]
    [InlineData("M0\u200b1", 2)]
    [InlineData("M\u202e10", 1)]
    public void Codes_with_invalid_utf8_control_or_invisible_characters_fail_naming_the_position(string value, int position)
    {
        var failure = ValidationAssert.Fails(Validator, Good with { Carer = new(value) }, "Carer", ValidationCodes.CodeInvalidCharacter);
        Assert.Contains($"at position {position} ", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains($"alla posizione {position} ", failure.MessageIn(MessageLanguage.Italian), StringComparison.Ordinal);
        ValidationAssert.Fails(Validator, Good with { Tag = new(value) }, "Tag", ValidationCodes.CodeInvalidCharacter);
    }

    [Theory]
    [InlineData("M-2026-0101")]
    [InlineData("Δ-λ")]
    [InlineData("C\ud83d\ude00")]
    [InlineData("a b")]
    public void Codes_in_any_script_with_surrogate_pairs_or_spaces_pass(string value)
        => ValidationAssert.Valid(Validator, Good with { Minor = new(value) });

    [Fact]
    public void Messages_say_what_is_wrong_and_the_path_names_the_member()
    {
        var failure = ValidationAssert.Fails(Validator, Good with { Minor = new("") }, "Minor", ValidationCodes.CodeEmpty);
        Assert.Equal("Must not be empty or blank.", failure.ErrorMessage);
        Assert.Equal("minor", failure.JsonPath());
    }
}
