using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.AgeRange"/>: Keeps carers whose accepted age range contains the age of every minor on the expected start (ages via Affido.Domain.Ages).
/// </summary>
/// <remarks>Source: Reg. art. 6 (the carers' declared availability).</remarks>
public sealed class AgeRangeFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public AgeRangeFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int youngest = request.YoungestAge;
        int oldest = request.OldestAge;
        Query.Where(c => c.Availability.Ages.MinYears <= youngest && c.Availability.Ages.MaxYears >= oldest);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.AgeRange;

    /// <inheritdoc />
    public override string Source => "Reg. art. 6 (the carers' declared availability)";
}
