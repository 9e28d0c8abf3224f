using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Needs"/>: Keeps carers who accept, in every need category, at least the group's level (the highest among the minors).
/// </summary>
/// <remarks>Source: Reg. art. 6; graded needs as in the UK Link Maker profile.</remarks>
public sealed class NeedsFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public NeedsFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var needs = request.Needs;
        Query.Where(c => c.Availability.AcceptedNeeds.Accepts(needs));
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Needs;

    /// <inheritdoc />
    public override string Source => "Reg. art. 6; graded needs as in the UK Link Maker profile";
}
