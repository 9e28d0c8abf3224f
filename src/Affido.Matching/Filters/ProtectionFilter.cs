using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Protection"/>: Keeps carers who live outside the municipality (or the social district) of the family of origin, when the request says so.
/// </summary>
/// <remarks>Source: L. 184/1983 art. 4 c. 2; art. 403 c.c. (protection of the minor from the family of origin).</remarks>
public sealed class ProtectionFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ProtectionFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.FamilyOfOrigin;
        var protection = request.Protection;
        Query.Where(c => FilterRules.ProtectionAllows(c.Municipality, origin, protection), protection != ProtectionConstraint.None);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Protection;

    /// <inheritdoc />
    public override string Source => "L. 184/1983 art. 4 c. 2; art. 403 c.c. (protection of the minor from the family of origin)";
}
