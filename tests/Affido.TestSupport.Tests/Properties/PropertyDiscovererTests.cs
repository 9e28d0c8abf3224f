using Xunit.Abstractions;
using Xunit.Sdk;

namespace Affido.TestSupport.Tests.Properties;

/// <summary>
/// The soak's several seeds per process: <see cref="PropertyDiscoverer"/> gives one test case per property normally, and
/// <c>k</c> distinct ones (distinct ids, named <c>[seed i/k]</c>) when <c>AFFIDO_PROPERTIES_SEEDS=k</c>.
/// </summary>
public sealed class PropertyDiscovererTests
{
    [Fact]
    public void One_seed_gives_fscheck_xunits_own_test_case()
    {
        IXunitTestCase testCase = Assert.Single(Discover(seeds: 1));

        Assert.Equal("PropertyTestCase", testCase.GetType().Name);
        Assert.Null(testCase.TestMethodArguments);
        Assert.Equal($"{typeof(Sample).FullName}.{nameof(Sample.Reverse_twice)}", testCase.DisplayName);
    }

    [Fact]
    public void Several_seeds_give_one_distinct_test_case_per_seed()
    {
        IXunitTestCase[] testCases = Discover(seeds: 3).ToArray();

        Assert.Equal(3, testCases.Length);
        Assert.All(testCases, t => Assert.IsType<ExploringPropertyTestCase>(t));
        Assert.Equal(3, testCases.Select(t => t.UniqueID).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(1, 3).Select(i => $"{typeof(Sample).FullName}.{nameof(Sample.Reverse_twice)} [seed {i}/3]"),
            testCases.Select(t => t.DisplayName));
    }

    [Theory]
    [InlineData(nameof(Sample.Reverse_twice), 2, 0)]
    [InlineData(nameof(Sample.Always_false), 0, 2)]
    public async Task Every_discovered_seed_runs_through_fscheck_and_a_failure_carries_its_replay(string method, int passed, int failed)
    {
        var bus = new RecordingBus();

        foreach (IXunitTestCase testCase in Discover(seeds: 2, method))
        {
            using var cancellation = new CancellationTokenSource();
            _ = await testCase.RunAsync(new NullMessageSink(), bus, [], new ExceptionAggregator(), cancellation);
        }

        Assert.Equal(passed, bus.Passed);
        Assert.Equal(failed, bus.Failed.Count);
        Assert.All(bus.Failed, f => Assert.Matches(@"\(\d+,\s*\d+", string.Concat(f.Messages)));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData("25", 25)]
    [InlineData("1000", 1000)]
    public void The_number_of_seeds_is_read_from_the_variable(string? text, int expected) =>
        Assert.Equal(expected, PropertySeeds.SeedsFrom(text));

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-3")]
    [InlineData("ten")]
    [InlineData("2.5")]
    public void A_number_of_seeds_out_of_range_is_refused_with_the_variables_name(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PropertySeeds.SeedsFrom(text));
        Assert.Contains(PropertySeeds.SeedsVariable, error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<IXunitTestCase> Discover(int seeds, string method = nameof(Sample.Reverse_twice))
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(Sample).Assembly));
        var collection = new TestCollection(assembly, null, "properties");
        var testClass = new TestClass(collection, Reflector.Wrap(typeof(Sample)));
        var testMethod = new TestMethod(testClass, Reflector.Wrap(typeof(Sample).GetMethod(method)!));
        return new PropertyDiscoverer(new NullMessageSink()).Discover(new DefaultDiscoveryOptions(), testMethod, seeds);
    }

    /// <summary>Properties the discoverer is tried on; xunit does not run them, as it only looks into public types.</summary>
#pragma warning disable xUnit1000 // Not public on purpose: Always_false must fail when run here, and only here.
    private sealed class Sample
#pragma warning restore xUnit1000
    {
        [Property]
        public static bool Reverse_twice(int[] values) => values.Reverse().Reverse().SequenceEqual(values);

        [Property]
        public static bool Always_false(int value) => Math.Abs((long)value) < 0;
    }

    /// <summary>Discovery options with nothing set: xunit's defaults.</summary>
    private sealed class DefaultDiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }

    private sealed class NullMessageSink : LongLivedMarshalByRefObject, IMessageSink
    {
        public bool OnMessage(IMessageSinkMessage message) => true;
    }

    private sealed class RecordingBus : LongLivedMarshalByRefObject, IMessageBus
    {
        public List<ITestFailed> Failed { get; } = [];

        public int Passed { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed)
            {
                Failed.Add(failed);
            }
            else if (message is ITestPassed)
            {
                Passed++;
            }

            return true;
        }

        public void Dispose()
        {
        }
    }
}
