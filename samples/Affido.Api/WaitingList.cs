using System.Globalization;
using Affido.Domain;
using Affido.Matching.Planning;

namespace Affido.Api;

/// <summary>
/// What POST /plan checks of a waiting list before planning, so that the planner never throws: at least one and at
/// most a hundred entries, none null, urgencies positive and finite, request ids and minors each in one entry only
/// (a child is placed once; a sibling group is one entry, never split).
/// </summary>
internal static class WaitingList
{
    public const string Empty = "waiting-list.empty";
    public const string TooLong = "waiting-list.too-long";
    public const string EntryMissing = "waiting-list.entry.missing";
    public const string UrgencyOutOfRange = "waiting-list.urgency.out-of-range";
    public const string RequestIdDuplicate = "waiting-list.request-id.duplicate";
    public const string MinorDuplicate = "waiting-list.minor.duplicate";

    public static IEnumerable<(string Path, ProblemError Error)> Check(PlanningRequest[] requests, int max)
    {
        if (requests.Length == 0)
        {
            yield return (string.Empty, new ProblemError(Empty, "The waiting list has no request."));
            yield break;
        }

        if (requests.Length > max)
        {
            yield return (string.Empty, new ProblemError(TooLong, $"The waiting list has {requests.Length} requests; at most {max} are planned at once."));
            yield break;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var minors = new Dictionary<MinorCode, int>();
        for (int i = 0; i < requests.Length; i++)
        {
            string at = $"[{i.ToString(CultureInfo.InvariantCulture)}]";
            var entry = requests[i];
            if (entry?.Request is null)
            {
                yield return (at, new ProblemError(EntryMissing, "The entry has no request."));
                continue;
            }

            if (!double.IsFinite(entry.Urgency) || entry.Urgency <= 0)
            {
                yield return (at + ".urgency", new ProblemError(UrgencyOutOfRange, "The urgency must be a positive number."));
            }

            if (entry.Request.Id is { } id && !ids.TryAdd(id, i))
            {
                yield return (at + ".request.id", new ProblemError(RequestIdDuplicate, $"The request id is also the id of entry {ids[id]}."));
            }

            for (int m = 0; m < entry.Request.Minors.Count; m++)
            {
                if (entry.Request.Minors[m] is { } minor && !minors.TryAdd(minor.Code, i) && minors[minor.Code] != i)
                {
                    yield return ($"{at}.request.minors[{m.ToString(CultureInfo.InvariantCulture)}].code",
                        new ProblemError(MinorDuplicate, $"The minor is also in entry {minors[minor.Code]}: a child is placed once."));
                }
            }
        }
    }
}
