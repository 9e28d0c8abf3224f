using System.Globalization;

namespace Affido.Matching;

/// <summary>
/// Where a request enters a search, an explanation, a plan or a specification: what the engine needs of it to run,
/// checked in a few microseconds. A request that lacks it is an <see cref="ArgumentException"/> naming the member and
/// the code <see cref="MatchRequestValidator"/> reports for it, never a crash deeper in and never a ranking.
/// </summary>
/// <remarks>
/// The engine needs: at least one minor and no null minor, every date in <see cref="SupportedDates"/> (the minors'
/// birth dates, the expected start and end), a duration in date units, a family of origin (and a school, when given)
/// with its province and region and coordinates that are degrees in range, and defined enums. The validator checks all
/// of this and more (one sibling group, minors under 18, codes...); a request that passes the validator always passes
/// here (a property test checks it), so validating first is enough. The full validator is not run here: it costs a
/// few hundred microseconds a request, which a waiting list of thousands would feel.
/// </remarks>
internal static class RequestGuard
{
    private const int MaxIdLength = 64;

    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The engine cannot run <paramref name="request"/>.</exception>
    public static MatchRequest Validated(MatchRequest? request, string parameterName, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(request, parameterName);
        if (Problem(request) is { } problem)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The request {Describe(request.Id)}{where} cannot be searched: {problem.Member} ({problem.Code}). Check requests with MatchRequestValidator first."),
                parameterName);
        }

        return request;
    }

    /// <summary>The request's id in quotes, cut to a readable length.</summary>
    public static string Describe(string? id)
        => id is null ? "without id" : "'" + (id.Length <= MaxIdLength ? id : string.Concat(id.AsSpan(0, MaxIdLength), "…")) + "'";

    /// <summary>The first member the engine cannot use, with the validator's code for it; null when there is none.</summary>
    private static (string Member, string Code)? Problem(MatchRequest request)
    {
        if (request.Minors.IsEmpty)
        {
            return (nameof(MatchRequest.Minors), MatchValidationCodes.RequestMinorsMissing);
        }

        for (int i = 0; i < request.Minors.Count; i++)
        {
            var minor = request.Minors[i];
            string member = string.Create(CultureInfo.InvariantCulture, $"Minors[{i}]");
            if (minor is null)
            {
                return (member, ValidationCodes.Required);
            }

            if (!MatchRequestValidator.IsSupported(minor.BirthDate))
            {
                return (member + "." + nameof(Minor.BirthDate), ValidationCodes.DateOutOfRange);
            }
        }

        if (!MatchRequestValidator.IsSupported(request.ExpectedStart))
        {
            return (nameof(MatchRequest.ExpectedStart), ValidationCodes.DateOutOfRange);
        }

        if (request.ExpectedDuration is null)
        {
            return (nameof(MatchRequest.ExpectedDuration), ValidationCodes.Required);
        }

        if (SupportedDates.TryAdd(request.ExpectedStart, request.ExpectedDuration) is not { } end)
        {
            return (nameof(MatchRequest.ExpectedDuration), request.ExpectedDuration.HasTimeComponent ? ValidationCodes.PeriodTimeUnits : ValidationCodes.PeriodOutOfRange);
        }

        if (end <= request.ExpectedStart)
        {
            return (nameof(MatchRequest.ExpectedDuration), MatchValidationCodes.RequestDurationNotPositive);
        }

        if (request.FamilyOfOrigin is null)
        {
            return (nameof(MatchRequest.FamilyOfOrigin), MatchValidationCodes.RequestFamilyOfOriginMissing);
        }

        return Place(request.FamilyOfOrigin, nameof(MatchRequest.FamilyOfOrigin))
            ?? (request.School is null ? null : Place(request.School, nameof(MatchRequest.School)))
            ?? (!Enum.IsDefined(request.Form) ? (nameof(MatchRequest.Form), MatchValidationCodes.RequestFormUndefined)
            : !Enum.IsDefined(request.Arrangement) ? (nameof(MatchRequest.Arrangement), MatchValidationCodes.RequestArrangementUndefined)
            : !Enum.IsDefined(request.Protection) ? (nameof(MatchRequest.Protection), MatchValidationCodes.RequestProtectionUndefined)
            : null);
    }

    /// <summary>What proximity reads of a municipality: its province and region, and coordinates it can measure.</summary>
    private static (string Member, string Code)? Place(Municipality place, string member)
    {
        if (place.Province is null)
        {
            return (member + "." + nameof(Municipality.Province), ValidationCodes.Required);
        }

        if (place.Province.Region is null)
        {
            return (member + "." + nameof(Municipality.Province) + "." + nameof(Province.Region), ValidationCodes.Required);
        }

        if (place.Location is { } point)
        {
            if (!CarerChecks.IsLatitude(point.Latitude))
            {
                return (member + "." + nameof(Municipality.Location) + "." + nameof(GeoPoint.Latitude), ValidationCodes.LatitudeOutOfRange);
            }

            if (!CarerChecks.IsLongitude(point.Longitude))
            {
                return (member + "." + nameof(Municipality.Location) + "." + nameof(GeoPoint.Longitude), ValidationCodes.LongitudeOutOfRange);
            }
        }

        return null;
    }
}
