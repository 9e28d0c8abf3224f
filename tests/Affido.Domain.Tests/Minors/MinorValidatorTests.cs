using Affido.Domain;
using NodaTime;

namespace Affido.Domain.Tests.Minors;

public sealed class MinorValidatorTests
{
    private static readonly MinorValidator Validator = new();
    private static Minor Minor => Samples.Minor;

    [Fact]
    public void The_sample_minor_passes() => ValidationAssert.Valid(Validator, Minor);

    [Fact]
    public void A_minor_with_only_code_birth_and_sex_passes()
        => ValidationAssert.Valid(Validator, new Minor { Code = new MinorCode("M9"), BirthDate = new LocalDate(2020, 1, 1), Sex = Sex.Male });

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_code_fails(string code) => ValidationAssert.Fails(Validator, Minor with { Code = new MinorCode(code) }, "Code", ValidationCodes.CodeEmpty);

    [Fact]
    public void A_default_code_fails() => ValidationAssert.Fails(Validator, Minor with { Code = default }, "Code", ValidationCodes.CodeEmpty);

    [Fact]
    public void An_undefined_sex_fails() => ValidationAssert.Fails(Validator, Minor with { Sex = (Sex)2 }, "Sex", ValidationCodes.EnumUndefined);

    [Fact]
    public void A_malformed_language_fails() => ValidationAssert.Fails(Validator, Minor with { Languages = [new LanguageCode("Italiano")] }, "Languages[0]", ValidationCodes.LanguageCodeFormat);

    [Fact]
    public void A_blank_background_fails() => ValidationAssert.Fails(Validator, Minor with { Background = new BackgroundTag(" ") }, "Background", ValidationCodes.BackgroundTagEmpty);

    [Fact]
    public void A_blank_sibling_group_fails() => ValidationAssert.Fails(Validator, Minor with { SiblingGroup = new SiblingGroupId("") }, "SiblingGroup", ValidationCodes.CodeEmpty);

    [Fact]
    public void Family_of_origin_checks_its_municipality_and_guardian()
    {
        var validator = new FamilyOfOriginValidator();
        ValidationAssert.Valid(validator, new FamilyOfOrigin(Samples.Milano, new Guardian(new PersonCode("P1"), new LocalDate(2024, 1, 1))));
        ValidationAssert.Fails(validator, new FamilyOfOrigin(null!), "Municipality", ValidationCodes.Required);
        ValidationAssert.Fails(validator, new FamilyOfOrigin(Samples.Milano with { Name = "" }), "Municipality.Name", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(validator, new FamilyOfOrigin(Samples.Milano, new Guardian(new PersonCode(" "), new LocalDate(2024, 1, 1))), "Guardian.Code", ValidationCodes.CodeEmpty);
    }
}
