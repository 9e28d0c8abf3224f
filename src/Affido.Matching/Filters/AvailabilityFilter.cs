using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Availability"/>: Keeps carers whose availability covers the expected start.
/// </summary>
/// <remarks>Source: Reg. art. 6 (the carers' declared availability).</remarks>
public sealed class AvailabilityFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public AvailabilityFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.ExpectedStart;
        Query.Where(c => c.Availability.Covers(start));
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Availability;

    /// <inheritdoc />
    public override string Source => "Reg. art. 6 (the carers' declared availability)";
}
