using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Kinship"/>: In a kinship search, keeps only carers related within the 4th degree to one of the minors.
/// </summary>
/// <remarks>Source: Reg. art. 3; L. 184/1983 art. 2 c. 1 (affido intrafamiliare: relatives within the 4th degree).</remarks>
public sealed class KinshipFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public KinshipFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var minors = request.Minors.Select(m => m.Code.AsPerson()).ToList();
        Query.Where(c => FilterRules.KinshipDegree(c, minors) != null, request.KinshipOnly);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Kinship;

    /// <inheritdoc />
    public override string Source => "Reg. art. 3; L. 184/1983 art. 2 c. 1 (affido intrafamiliare: relatives within the 4th degree)";
}
