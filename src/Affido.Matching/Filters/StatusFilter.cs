using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Status"/>: Keeps carers approved by the foster-care service, or still in assessment when the request allows it; suspended and withdrawn carers are excluded.
/// </summary>
/// <remarks>Source: L. 184/1983 art. 2; Reg. art. 6 (only carers assessed as suitable by the foster-care service).</remarks>
public sealed class StatusFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public StatusFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool allow = request.IncludeInAssessment;
        Query.Where(c => FilterRules.StatusEligible(c.Status, allow));
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Status;

    /// <inheritdoc />
    public override string Source => "L. 184/1983 art. 2; Reg. art. 6 (only carers assessed as suitable by the foster-care service)";
}
