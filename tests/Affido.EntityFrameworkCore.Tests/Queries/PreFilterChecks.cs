using Affido.EntityFrameworkCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>
/// The pre-filter property, shared by the engines: on random registries, for random requests, the carers the SQL
/// pre-filter returns are exactly those the in-memory filters keep (<see cref="CarerIndex.Explain"/> lists no failing
/// filter), and each of its clauses alone keeps exactly the carers that pass that filter (among the searchable ones,
/// for every clause but consent).
/// </summary>
internal static class PreFilterChecks
{
    public static Property SqlKeepsExactlyWhatTheFiltersKeep(TestDatabase database)
        => Prop.ForAll(CarerGenerators.EdgyRegistries.ToArbitrary(), RequestGenerators.Requests.ToArbitrary(), (carers, requests) =>
        {
            database.Load(carers);
            using var db = database.Open();
            var index = CarerIndex.Build(carers);
            foreach (var request in requests)
            {
                var filter = new CarerPreFilter(request);
                var explanations = carers.ToDictionary(c => c.Code.Value, c => index.Explain(request, c.Code));
                Same(database, request, "the whole pre-filter",
                    explanations.Where(e => e.Value.IsEligible).Select(e => e.Key),
                    db.Carers.WithSpecification(filter).Select(c => c.Code).AsEnumerable().Select(c => c.Value));
                // Explain reports nothing but the missing consent for a carer without it (its data are not judged), so
                // each other clause is compared over the searchable carers only.
                var searchable = explanations.Where(e => e.Value.IsSearchable).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
                for (int k = 0; k < HardFilters.Count; k++)
                {
                    var reason = HardFilters.All[k].Filter;
                    bool consent = reason == HardFilter.Consent;
                    Same(database, request, HardFilters.All[k].ReasonCode,
                        explanations.Where(e => (consent || e.Value.IsSearchable) && !e.Value.FailedFilters.Contains(reason)).Select(e => e.Key),
                        db.Carers.Where(filter.Clauses[k]).Select(c => c.Code).AsEnumerable().Select(c => c.Value).Where(c => consent || searchable.Contains(c)));
                }
            }

            return true;
        });

    private static void Same(TestDatabase database, MatchRequest request, string what, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        var got = actual.ToHashSet(StringComparer.Ordinal);
        if (!wanted.SetEquals(got))
        {
            throw new InvalidOperationException(
                $"{database}: {what} for request {request.Id} (protection {request.Protection}, kinship {request.KinshipOnly}, "
                + $"minors [{string.Join(", ", request.Minors.Select(m => m.Code.Value))}], conflicting [{string.Join(", ", request.ConflictingPersons)}]): "
                + $"missing [{string.Join(", ", wanted.Except(got))}], unexpected [{string.Join(", ", got.Except(wanted))}].");
        }
    }
}
