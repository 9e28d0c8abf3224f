using FsCheck.Xunit;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Affido.TestSupport;

/// <summary>
/// Discovers a <see cref="PropertyAttribute"/> test: one FsCheck.Xunit <see cref="PropertyTestCase"/>, as FsCheck's own
/// discoverer does; or, when exploring with <see cref="PropertySeeds.SeedsVariable"/> set to <c>k</c>, <c>k</c> of them,
/// each drawing its own fresh seed, so that one test process explores <c>k</c> seeds of every property (the soak's
/// rounds without a process start each).
/// </summary>
/// <param name="diagnosticMessageSink">xunit's sink for diagnostic messages.</param>
public sealed class PropertyDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return Discover(discoveryOptions, testMethod, PropertySeeds.SeedsPerProperty);
    }

    /// <summary>The test cases of a property explored with <paramref name="seeds"/> seeds in this process.</summary>
    internal IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, int seeds)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (seeds == 1)
        {
            return [new PropertyTestCase(diagnosticMessageSink, display, displayOptions, testMethod, testMethodArguments: null)];
        }

        return Enumerable.Range(1, seeds)
            .Select(run => new ExploringPropertyTestCase(diagnosticMessageSink, display, displayOptions, testMethod, run, seeds))
            .ToArray();
    }
}

/// <summary>
/// One of the <c>k</c> runs of a property that <see cref="PropertyDiscoverer"/> discovers when exploring several seeds
/// per process: FsCheck.Xunit's <see cref="PropertyTestCase"/> with no <c>Replay</c> (FsCheck draws a new seed for every
/// run), shown as <c>Method [seed run/k]</c>.
/// </summary>
/// <remarks>
/// The run number travels as the test case's only argument, which makes every run a distinct xunit test case; FsCheck
/// still generates the property's own arguments (<see cref="PropertyTestCase"/> never passes the test case's).
/// </remarks>
public sealed class ExploringPropertyTestCase : PropertyTestCase
{
    /// <summary>For xunit's de-serializer only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes.")]
    public ExploringPropertyTestCase()
    {
    }

    /// <summary>Run <paramref name="run"/> of <paramref name="runs"/> of a property.</summary>
    /// <param name="diagnosticMessageSink">xunit's sink for diagnostic messages.</param>
    /// <param name="defaultMethodDisplay">How methods are named.</param>
    /// <param name="defaultMethodDisplayOptions">How method names are shown.</param>
    /// <param name="testMethod">The property.</param>
    /// <param name="run">The run's number, from 1.</param>
    /// <param name="runs">How many runs the property has in this process.</param>
    public ExploringPropertyTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        int run,
        int runs)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod,
            FSharpOption<object[]>.Some([run, runs]))
    {
    }

    /// <inheritdoc />
    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{BaseDisplayName} [seed {TestMethodArguments[0]}/{TestMethodArguments[1]}]";
}
