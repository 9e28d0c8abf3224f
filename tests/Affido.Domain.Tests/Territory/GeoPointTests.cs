using Affido.Domain;
using Affido.TestSupport;

namespace Affido.Domain.Tests.Territory;

public sealed class GeoPointTests
{
    [Fact]
    public void Milano_to_Rozzano_is_about_ten_kilometres()
    {
        double km = Samples.Milano.Location!.Value.DistanceKmTo(Samples.Rozzano.Location!.Value);
        Assert.InRange(km, 5, 20);
    }

    [Fact]
    public void Milano_to_Sondrio_is_about_a_hundred_kilometres()
    {
        var sondrio = DomainGenerators.SampleMunicipalities.Single(m => m.Name == "Sondrio");
        Assert.InRange(Samples.Milano.Location!.Value.DistanceKmTo(sondrio.Location!.Value), 80, 120);
    }

    [Fact]
    public void Antipodes_are_half_the_circumference_apart()
        => Assert.Equal(Math.PI * GeoPoint.EarthRadiusKm, new GeoPoint(0, 0).DistanceKmTo(new GeoPoint(0, 180)), 6);

    [Property(MaxTest = 500)]
    public bool Distance_is_symmetric_non_negative_and_zero_to_self(GeoPoint a, GeoPoint b)
    {
        double ab = a.DistanceKmTo(b);
        return Math.Abs(ab - b.DistanceKmTo(a)) < 1e-6 && ab >= 0 && ab <= Math.PI * GeoPoint.EarthRadiusKm + 1e-6 && a.DistanceKmTo(a) == 0;
    }
}
