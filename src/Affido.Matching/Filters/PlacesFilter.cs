using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Places"/>: Keeps carers with at least as many free places as there are minors in the group.
/// </summary>
/// <remarks>Source: Reg. art. 4 (siblings placed together need places for all of them).</remarks>
public sealed class PlacesFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public PlacesFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int size = request.GroupSize;
        Query.Where(c => c.Availability.Places >= size);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Places;

    /// <inheritdoc />
    public override string Source => "Reg. art. 4 (siblings placed together need places for all of them)";
}
