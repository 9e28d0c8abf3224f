using Affido.Domain;

namespace Affido.Domain.Tests.Identity;

public sealed class CodeTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("M1", false)]
    public void Codes_are_empty_when_null_or_blank(string? value, bool empty)
    {
        Assert.Equal(empty, new MinorCode(value!).IsEmpty);
        Assert.Equal(empty, new CarerCode(value!).IsEmpty);
        Assert.Equal(empty, new PersonCode(value!).IsEmpty);
        Assert.Equal(empty, new DistrictCode(value!).IsEmpty);
        Assert.Equal(empty, new SiblingGroupId(value!).IsEmpty);
        Assert.Equal(empty, new LanguageCode(value!).IsEmpty);
        Assert.Equal(empty, new BackgroundTag(value!).IsEmpty);
    }

    [Fact]
    public void Default_codes_are_empty_and_print_as_empty_strings()
    {
        Assert.True(default(MinorCode).IsEmpty);
        Assert.Equal(string.Empty, default(MinorCode).ToString());
        Assert.Equal(string.Empty, default(CarerCode).ToString());
        Assert.Equal(string.Empty, default(IstatCode).ToString());
        Assert.False(default(IstatCode).IsWellFormed);
    }

    [Fact]
    public void Codes_compare_ordinally()
    {
        Assert.True(new CarerCode("B").CompareTo(new CarerCode("a")) < 0);
        Assert.True(new CarerCode("C10").CompareTo(new CarerCode("C9")) < 0);
        Assert.Equal(0, new MinorCode("M1").CompareTo(new MinorCode("M1")));
        Assert.True(new PersonCode("P2").CompareTo(new PersonCode("P1")) > 0);
        Assert.True(new DistrictCode("d").CompareTo(new DistrictCode("D")) > 0);
        Assert.True(new SiblingGroupId("G1").CompareTo(new SiblingGroupId("G2")) < 0);
        Assert.NotEqual(new MinorCode("m1"), new MinorCode("M1"));
    }

    [Fact]
    public void A_minor_code_seen_as_a_person_keeps_its_value()
        => Assert.Equal(new PersonCode("M000001"), new MinorCode("M000001").AsPerson());

    [Theory]
    [InlineData("015189", true, "015")]
    [InlineData("108033", true, "108")]
    [InlineData("15189", false, "")]
    [InlineData("0151890", false, "")]
    [InlineData("01518A", false, "")]
    [InlineData("０１５１８９", false, "")]
    public void Istat_codes_are_six_ascii_digits_and_start_with_the_province(string value, bool wellFormed, string province)
    {
        var code = new IstatCode(value);
        Assert.Equal(wellFormed, code.IsWellFormed);
        Assert.Equal(province, code.ProvinceCode);
        Assert.Equal(value, code.ToString());
    }
}
