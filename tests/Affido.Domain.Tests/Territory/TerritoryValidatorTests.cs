using Affido.Domain;

namespace Affido.Domain.Tests.Territory;

public sealed class TerritoryValidatorTests
{
    private static readonly MunicipalityValidator Validator = new();
    private static Municipality Rozzano => Samples.Rozzano;

    [Fact]
    public void Real_municipalities_pass()
    {
        foreach (var municipality in TestSupport.DomainGenerators.SampleMunicipalities)
        {
            ValidationAssert.Valid(Validator, municipality);
        }
    }

    [Theory]
    [InlineData("15189")]
    [InlineData("0151890")]
    [InlineData("01518x")]
    [InlineData("")]
    public void An_istat_code_that_is_not_six_digits_fails(string code)
        => ValidationAssert.Fails(Validator, Rozzano with { Code = new IstatCode(code) }, "Code", ValidationCodes.IstatCodeFormat);

    [Fact]
    public void A_default_istat_code_fails_without_exception()
        => ValidationAssert.Fails(Validator, Rozzano with { Code = default }, "Code", ValidationCodes.IstatCodeFormat);

    [Fact]
    public void An_istat_code_whose_first_three_digits_are_not_the_province_fails()
    {
        var failure = ValidationAssert.Fails(Validator, Rozzano with { Code = new IstatCode("014189") }, "Code", ValidationCodes.IstatCodeProvinceMismatch);
        Assert.Equal("Must start with the code of its province, 015.", failure.ErrorMessage);
    }

    [Fact]
    public void A_blank_name_fails() => ValidationAssert.Fails(Validator, Rozzano with { Name = " " }, "Name", ValidationCodes.TextEmpty);

    [Fact]
    public void A_missing_province_fails_without_exception()
        => ValidationAssert.Fails(Validator, Rozzano with { Province = null! }, "Province", ValidationCodes.Required);

    [Theory]
    [InlineData("15", "MI", "Province.Code", ValidationCodes.ProvinceCodeFormat)]
    [InlineData("0150", "MI", "Province.Code", ValidationCodes.ProvinceCodeFormat)]
    [InlineData("015", "mi", "Province.Abbreviation", ValidationCodes.ProvinceAbbreviationFormat)]
    [InlineData("015", "MIL", "Province.Abbreviation", ValidationCodes.ProvinceAbbreviationFormat)]
    public void Province_codes_and_abbreviations_are_checked(string code, string abbreviation, string property, string errorCode)
        => ValidationAssert.Fails(Validator, Rozzano with { Province = Rozzano.Province with { Code = code, Abbreviation = abbreviation } }, property, errorCode);

    [Fact]
    public void A_blank_province_name_fails()
        => ValidationAssert.Fails(Validator, Rozzano with { Province = Rozzano.Province with { Name = "" } }, "Province.Name", ValidationCodes.TextEmpty);

    [Fact]
    public void A_missing_region_fails()
        => ValidationAssert.Fails(Validator, Rozzano with { Province = Rozzano.Province with { Region = null! } }, "Province.Region", ValidationCodes.Required);

    [Theory]
    [InlineData("3", "Lombardia", "Province.Region.Code", ValidationCodes.RegionCodeFormat)]
    [InlineData("03", " ", "Province.Region.Name", ValidationCodes.TextEmpty)]
    public void Region_code_and_name_are_checked(string code, string name, string property, string errorCode)
        => ValidationAssert.Fails(Validator, Rozzano with { Province = Rozzano.Province with { Region = new Region(code, name) } }, property, errorCode);

    [Fact]
    public void A_blank_district_code_fails()
        => ValidationAssert.Fails(Validator, Rozzano with { District = new DistrictCode("") }, "District", ValidationCodes.CodeEmpty);

    [Fact]
    public void No_district_and_no_location_pass()
        => ValidationAssert.Valid(Validator, Rozzano with { District = null, Location = null });

    [Theory]
    [InlineData(90, 180, true)]
    [InlineData(-90, -180, true)]
    [InlineData(90.0001, 9, false)]
    [InlineData(-90.0001, 9, false)]
    [InlineData(double.NaN, 9, false)]
    public void Latitude_must_lie_in_minus_90_to_90(double latitude, double longitude, bool valid)
    {
        var municipality = Rozzano with { Location = new GeoPoint(latitude, longitude) };
        if (valid)
        {
            ValidationAssert.Valid(Validator, municipality);
        }
        else
        {
            ValidationAssert.Fails(Validator, municipality, "Location.Latitude", ValidationCodes.LatitudeOutOfRange);
        }
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-180.0001)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Longitude_must_lie_in_minus_180_to_180(double longitude)
        => ValidationAssert.Fails(Validator, Rozzano with { Location = new GeoPoint(45, longitude) }, "Location.Longitude", ValidationCodes.LongitudeOutOfRange);

    [Fact]
    public void GeoPointValidator_checks_a_bare_point()
    {
        ValidationAssert.Fails(new GeoPointValidator(), new GeoPoint(91, 0), "Latitude", ValidationCodes.LatitudeOutOfRange);
        ValidationAssert.Valid(new GeoPointValidator(), new GeoPoint(45.46, 9.19));
    }

    [Fact]
    public void Social_districts_of_the_network_pass_and_broken_ones_fail()
    {
        var validator = new SocialDistrictValidator();
        var district = TestSupport.DomainGenerators.VisconteoSudMilano;
        ValidationAssert.Valid(validator, district);
        ValidationAssert.Valid(validator, TestSupport.DomainGenerators.CiniselloBalsamo);
        ValidationAssert.Fails(validator, district with { Code = new DistrictCode(" ") }, "Code", ValidationCodes.CodeEmpty);
        ValidationAssert.Fails(validator, district with { Name = "" }, "Name", ValidationCodes.TextEmpty);
        ValidationAssert.Fails(validator, district with { ReferenceMunicipality = new IstatCode("15189") }, "ReferenceMunicipality", ValidationCodes.IstatCodeFormat);
        ValidationAssert.Fails(validator, district with { Members = [] }, "Members", ValidationCodes.SocialDistrictMembersEmpty);
        ValidationAssert.Fails(validator, district with { Members = district.Members.Add(district.Members[0]) }, "Members", ValidationCodes.SocialDistrictMembersDuplicate);
        ValidationAssert.Fails(validator, district with { Members = district.Members.Add(new IstatCode("1")) }, $"Members[{district.Members.Count}]", ValidationCodes.IstatCodeFormat);
    }
}
