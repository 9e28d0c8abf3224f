using Affido.Domain;

namespace Affido.TestSupport.Tests.Territory;

public class LombardyTerritoryTests
{
    private static readonly LombardyTerritory Territory = LombardyTerritory.Instance;

    [Fact]
    public void Loads_the_1506_municipalities_of_Lombardy_in_ISTAT_order()
    {
        Assert.Equal(1506, Territory.Municipalities.Count);
        Assert.All(Territory.Municipalities, m => Assert.True(m.Code.IsWellFormed));
        Assert.All(Territory.Municipalities, m => Assert.Equal(Region.Lombardy, m.Province.Region));
        Assert.Equal(Territory.Municipalities.Select(m => m.Code.Value).Order(StringComparer.Ordinal), Territory.Municipalities.Select(m => m.Code.Value));
        Assert.Equal(1506, Territory.Municipalities.Select(m => m.Code).Distinct().Count());
    }

    [Fact]
    public void Has_the_twelve_provinces_each_with_its_municipalities()
    {
        Assert.Equal(12, Territory.Provinces.Count);
        Assert.Equal(["BG", "BS", "CO", "CR", "LC", "LO", "MB", "MI", "MN", "PV", "SO", "VA"], Territory.Provinces.Select(p => p.Abbreviation).Order(StringComparer.Ordinal));
        Assert.Equal(133, Territory.Municipalities.Count(m => m.Province.Abbreviation == "MI"));
        Assert.All(Territory.Municipalities, m => Assert.Equal(m.Code.ProvinceCode, m.Province.Code));
    }

    [Fact]
    public void Rozzano_is_015189_in_the_province_of_Milan_and_the_Visconteo_Sud_Milano_district()
    {
        var rozzano = Territory.ByCode(new IstatCode("015189"));

        Assert.Equal("Rozzano", rozzano.Name);
        Assert.Equal("015", rozzano.Province.Code);
        Assert.Equal("MI", rozzano.Province.Abbreviation);
        Assert.Equal("Milano", rozzano.Province.Name);
        Assert.Equal(new DistrictCode("visconteo-sud-milano"), rozzano.District);
        Assert.Equal("Ambito Distrettuale Visconteo Sud Milano", Territory.DistrictOf(rozzano)!.Name);
        Assert.Equal(39983, Territory.PopulationOf(rozzano.Code));
        Assert.Same(rozzano, Territory.ByName("rozzano"));
    }

    [Fact]
    public void Districts_carry_their_members_and_members_carry_their_district()
    {
        Assert.Equal(20, Territory.SocialDistricts.Count);
        var visconteo = Territory.District(new DistrictCode("visconteo-sud-milano"));
        Assert.Equal(11, visconteo.Members.Count);
        Assert.Equal(new IstatCode("015189"), visconteo.ReferenceMunicipality);
        var cinisello = Territory.District(new DistrictCode("cinisello-balsamo"));
        Assert.Equal(["Bresso", "Cinisello Balsamo", "Cormano", "Cusano Milanino"], cinisello.Members.Select(c => Territory.ByCode(c).Name).Order(StringComparer.Ordinal));

        foreach (var district in Territory.SocialDistricts)
        {
            Assert.Contains(district.ReferenceMunicipality, district.Members);
            Assert.All(district.Members, code => Assert.Equal(district.Code, Territory.ByCode(code).District));
        }
        int members = Territory.SocialDistricts.Sum(d => d.Members.Count);
        Assert.Equal(members, Territory.Municipalities.Count(m => m.District is not null));
        Assert.Null(Territory.ByName("Milano").District);
    }

    [Fact]
    public void Names_with_accents_and_apostrophes_are_found()
    {
        Assert.Equal("013041", Territory.ByName("Cantù").Code.Value);
        Assert.Equal("Villa d'Almè", Territory.ByName("VILLA D'ALMÈ").Name);
    }

    [Fact]
    public void Unknown_codes_and_names_are_not_found()
    {
        Assert.False(Territory.TryGetByCode(new IstatCode("001272"), out _)); // Torino: not in Lombardy
        Assert.False(Territory.TryGetByName("Atlantide", out _));
        Assert.False(Territory.TryGetByCode(default, out _));
        Assert.Throws<KeyNotFoundException>(() => Territory.ByCode(new IstatCode("999999")));
        Assert.Throws<KeyNotFoundException>(() => Territory.ByName("Atlantide"));
    }

    [Fact]
    public void Population_is_the_2011_census_total_of_Lombardy()
    {
        Assert.Equal(9_704_151, Territory.TotalPopulation);
        Assert.Equal(1_242_123, Territory.PopulationOf(Territory.ByName("Milano").Code));
    }

    [Theory]
    [InlineData("Ambito Distrettuale Visconteo Sud Milano", "visconteo-sud-milano")]
    [InlineData("Ambito di Cernusco sul Naviglio", "cernusco-sul-naviglio")]
    [InlineData("Ambito di Sondrio", "sondrio")]
    public void District_codes_are_slugs_of_their_names(string name, string code)
        => Assert.Equal(new DistrictCode(code), LombardyTerritory.CodeForDistrictName(name));
}
