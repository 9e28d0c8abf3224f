using Affido.EntityFrameworkCore;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;
using static Affido.TestSupport.HostileCall;

namespace Affido.EntityFrameworkCore.Tests.Hostile;

/// <summary>
/// The hostile-input suite of Affido.EntityFrameworkCore (issue 12), its in-memory part: the pre-filter built from an
/// ARBITRARY request (<see cref="HostileMatchingGenerators.MatchRequests"/>) either refuses it with an
/// <see cref="ArgumentException"/> naming <c>request</c>, or is built and evaluates a registry in memory (as a
/// specification and through <c>WithSpecification</c> on a LINQ-to-objects query) without another exception.
/// </summary>
public sealed class HostilePreFilterProperties
{
    private static readonly FosterCarer[] Registry = PropertyRegistry.Generate(8, 5, SyntheticTerritory.Small, RegistryGenerators.PersonPool);

    [Property(Hostile = true)]
    public Property CarerPreFilter_from_any_request() => Prop.ForAll(HostileMatchingGenerators.MatchRequests.ToArbitrary(), request =>
    {
        CarerPreFilter? filter = null;
        string? built = Problem("new CarerPreFilter", () => filter = new CarerPreFilter(request), ["request"]);
        return Holds(
            built,
            filter is null ? null : Problem("Evaluate", () => filter.Evaluate(Registry).Count(), []),
            filter is null ? null : Problem("WithSpecification", () => Registry.AsQueryable().WithSpecification(filter).Count(), ["source", "specification"]));
    });

    // Found by the property above: a request without a family of origin (or a province) threw NullReferenceException.
    [Fact]
    public void A_request_without_a_family_of_origin_is_refused_by_name()
    {
        var valid = MatchingGenerators.MatchRequests.Sample(1, 10)[0];
        foreach (var request in new[] { valid with { FamilyOfOrigin = null! }, valid with { FamilyOfOrigin = valid.FamilyOfOrigin with { Province = null! } } })
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => new CarerPreFilter(request));
            Assert.Equal("request", error.ParamName);
            Assert.Contains("FamilyOfOrigin", error.Message, StringComparison.Ordinal);
        }
    }
}
