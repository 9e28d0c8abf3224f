namespace Affido.Matching;

/// <summary>Builds the hard filters for a request, in the fixed order of <see cref="ReasonCodes.InOrder"/>.</summary>
public static class MatchFilters
{
    /// <summary>The ten hard filters for <paramref name="request"/>, in the documented order.</summary>
    /// <param name="request">The search.</param>
    /// <returns>The filters; a filter that does not apply to the request (e.g. kinship in a normal search) keeps every carer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static IReadOnlyList<CarerFilter> For(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return
        [
            new StatusFilter(request),
            new ConsentFilter(request),
            new AvailabilityFilter(request),
            new FormAndArrangementFilter(request),
            new PlacesFilter(request),
            new AgeRangeFilter(request),
            new NeedsFilter(request),
            new ProtectionFilter(request),
            new KinshipFilter(request),
            new ConflictOfInterestFilter(request),
        ];
    }
}
