using Affido.Domain;
using Affido.Matching.Planning;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.BadInput;

/// <summary>
/// On hostile requests the validator always answers, and every entry point either works (a valid request) or throws
/// an <see cref="ArgumentException"/> (an invalid one): never another exception, never a non-finite score.
/// </summary>
public sealed class HostileRequestProperties
{
    private static readonly MatchRequestValidator Validator = new();
    private static readonly FosterCarer[] Registry = PropertyRegistry.Generate(20, 11, SyntheticTerritory.Small, RegistryGenerators.PersonPool);
    private static readonly CarerIndex Index = CarerIndex.Build(Registry);

    [Property(Hostile = true)]
    public Property The_validator_never_throws() => Prop.ForAll(HostileRequests.Arbitrary, r =>
    {
        var result = Validator.Validate(r);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.ErrorCode)));
    });

    [Property(Hostile = true)]
    public Property Every_entry_point_works_on_a_valid_request_and_throws_an_argument_exception_on_an_invalid_one()
        => Prop.ForAll(HostileRequests.Arbitrary, request =>
        {
            bool valid = Validator.Validate(request).IsValid;
            var calls = new Action[]
            {
                () => Assert.All(Index.Search(request, 20).Candidates, c => Assert.True(double.IsFinite(c.Score) && c.Score is >= 0 and <= 1)),
                () => Index.Search(request, 20, degreeOfParallelism: 2),
                () => Index.Explain(request, Registry[0].Code),
                () => Assert.True(HardFilters.Prefilter(request).Evaluate(Registry).Count() <= Registry.Length),
                () => PlacementPlanner.Plan([new PlanningRequest(request)], Index),
            };
            foreach (var call in calls)
            {
                var error = Record.Exception(call);
                if (valid)
                {
                    Assert.Null(error);
                }
                else if (error is not null)
                {
                    Assert.IsAssignableFrom<ArgumentException>(error);
                }
            }

            if (valid)
            {
                // The registry is under two chunks, so the public overload scans on one thread: split it in chunks of
                // 3 carers over two threads, so that the shared heap and the shared fill meet every hostile request.
                Assert.Equal(Index.Search(request, 7), Index.SearchPartitioned(request, 7, 2, 3));
            }
        });
}
