using Affido.Domain;
using FluentValidation;

namespace Affido.Domain.Tests.Identity;

public sealed class CodeRulesTests
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
        foreach (var property in new[] { "Minor", "Carer", "Person", "District", "Group" })
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
    public void Messages_name_the_property()
        => Assert.Equal("'Minor' must not be empty or blank.", ValidationAssert.Fails(Validator, Good with { Minor = new("") }, "Minor", ValidationCodes.CodeEmpty).ErrorMessage);
}
