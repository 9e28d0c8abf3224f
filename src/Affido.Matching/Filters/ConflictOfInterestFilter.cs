using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.ConflictOfInterest"/>: Excludes carers related within the 4th degree, by blood or by marriage, to a judge, the court expert or a social worker of the proceeding (the request's conflicting persons).
/// </summary>
/// <remarks>Source: L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022).</remarks>
public sealed class ConflictOfInterestFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ConflictOfInterestFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var persons = request.ConflictingPersons.ToList();
        Query.Where(c => !FilterRules.IsRelatedToAny(c, persons), persons.Count > 0);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.ConflictOfInterest;

    /// <inheritdoc />
    public override string Source => "L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022)";
}
