using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.TestSupport;

/// <summary>
/// The property of the hostile-input suite (issue 12): a call on arbitrary input either answers (and its answer then
/// passes the caller's check, e.g. finite scores or failures naming a member) or throws the documented
/// <see cref="ArgumentException"/> (or a subclass) naming one of the call's parameters, within <see cref="TimeBound"/>.
/// Never a <see cref="NullReferenceException"/>, <see cref="IndexOutOfRangeException"/>, <see cref="OverflowException"/>,
/// <see cref="InvalidCastException"/> or any other exception, never a hang.
/// </summary>
/// <remarks>
/// <para>The time bound is kept two ways. A call that answers after <see cref="TimeBound"/> is a failure of the
/// property, with its input. A call that never answers (a hang) cannot be abandoned without a thread per call (which
/// costs more than most calls: the suite runs 10,000 cases per entry point): a watchdog ends the test process with
/// <see cref="Environment.FailFast(string)"/> naming the entry point once a call has run three times the bound, so
/// that a hang fails the run within seconds instead of stalling it; with the fixed seed the same property replays it.</para>
/// <para>Combine the problems of several calls with <see cref="Holds"/>.</para>
/// </remarks>
public static class HostileCall
{
    /// <summary>The longest a call on one hostile input may take (generous: the suite shares two cores with the build).</summary>
    public static TimeSpan TimeBound { get; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="call"/>; <see langword="null"/> when it answered and <paramref name="check"/> found
    /// nothing wrong with the answer, or when it threw an <see cref="ArgumentException"/> whose
    /// <see cref="ArgumentException.ParamName"/> is one of <paramref name="parameters"/>; otherwise the problem.
    /// </summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="name">The entry point, for the label.</param>
    /// <param name="call">The call on the hostile input.</param>
    /// <param name="parameters">The names the entry point's documented <see cref="ArgumentException"/> may carry.</param>
    /// <param name="check">What must hold of an answer: <see langword="null"/> when it is sound, otherwise the problem.</param>
    public static string? Problem<T>(string name, Func<T> call, string[] parameters, Func<T, string?>? check = null)
        => Run(name, call, check, exception => exception is ArgumentException { ParamName: { } parameter } && parameters.Contains(parameter, StringComparer.Ordinal));

    /// <summary>
    /// Runs a deserialization <paramref name="call"/> on arbitrary JSON text: <see langword="null"/> when it threw a
    /// <see cref="JsonException"/>, or answered and <paramref name="check"/> found nothing wrong with the value.
    /// </summary>
    /// <typeparam name="T">The deserialized type.</typeparam>
    /// <param name="name">The entry point, for the label.</param>
    /// <param name="call">The deserialization.</param>
    /// <param name="check">What must hold of a value (e.g. its validator answers): <see langword="null"/> when sound.</param>
    public static string? JsonProblem<T>(string name, Func<T> call, Func<T, string?>? check = null)
        => Run(name, call, check, exception => exception is JsonException);

    /// <summary>The property that none of <paramref name="problems"/> is a problem, labelled with those that are.</summary>
    /// <param name="problems">The results of <see cref="Problem{T}"/> and <see cref="JsonProblem{T}"/>.</param>
    public static Property Holds(params string?[] problems)
    {
        var found = problems.Where(p => p is not null).ToList();
        return (found.Count == 0).Label(string.Join(Environment.NewLine, found));
    }

    /// <summary>A problem when <paramref name="value"/> is not finite (NaN or an infinity), naming <paramref name="what"/>.</summary>
    /// <param name="what">The value's name, for the message.</param>
    /// <param name="value">The value.</param>
    public static string? NonFinite(string what, double value) => double.IsFinite(value) ? null : $"{what} is {value}";

    /// <summary>
    /// A problem when a failure of <paramref name="failures"/> names no member or has a code outside the library's
    /// grammar (<see cref="Affido.Rules.RuleCodes.Grammar"/>); <see langword="null"/> when each names its member and code.
    /// </summary>
    /// <param name="failures">A validation result's failures.</param>
    /// <param name="rootIsNull">Whether the validated instance itself was <see langword="null"/> (then its failure names the empty path, the instance itself).</param>
    public static string? Unnamed(IEnumerable<ValidationFailure> failures, bool rootIsNull = false)
    {
        var wrong = failures
            .Where(f => f is null || (string.IsNullOrWhiteSpace(f.PropertyName) && !rootIsNull) || f.ErrorCode is null || !CodeGrammar.IsMatch(f.ErrorCode))
            .Select(f => f is null ? "a null failure" : $"'{f.PropertyName}' '{f.ErrorCode}'")
            .ToList();
        return wrong.Count == 0 ? null : "failures without a member or a code: " + string.Join(", ", wrong);
    }

    private static readonly Regex CodeGrammar = new(Affido.Rules.RuleCodes.Grammar, RegexOptions.CultureInvariant);

    private static readonly ConcurrentDictionary<int, (string Name, long Started)> Running = new();

    private static readonly Timer Watchdog = new(_ => EndHungRun(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    private static void EndHungRun()
    {
        foreach (var (name, started) in Running.Values)
        {
            if (Stopwatch.GetElapsedTime(started) > 3 * TimeBound)
            {
                Environment.FailFast($"hostile input: {name} has not answered in {3 * TimeBound.TotalSeconds} s (a hang); the property's fixed seed replays it.");
            }
        }
    }

    private static string? Run<T>(string name, Func<T> call, Func<T, string?>? check, Func<Exception, bool> documented)
    {
        GC.KeepAlive(Watchdog);
        int thread = Environment.CurrentManagedThreadId;
        long started = Stopwatch.GetTimestamp();
        Running[thread] = (name, started);
        T answer;
        try
        {
            answer = call();
        }
#pragma warning disable CA1031 // Every exception is judged: the documented ones pass, any other is the finding.
        catch (Exception thrown)
#pragma warning restore CA1031
        {
            return documented(thrown) ? Late(name, started) : $"{name} threw {thrown.GetType().Name}: {thrown}";
        }
        finally
        {
            Running.TryRemove(thread, out _);
        }

        try
        {
            return check?.Invoke(answer) is { } problem ? $"{name}: {problem}" : Late(name, started);
        }
#pragma warning disable CA1031 // Any exception of the check is the entry point's answer being unusable: report it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"{name}: checking the answer threw {exception.GetType().Name}: {exception}";
        }
    }

    private static string? Late(string name, long started)
        => Stopwatch.GetElapsedTime(started) is var elapsed && elapsed > TimeBound
            ? $"{name}: answered in {elapsed.TotalSeconds:F1} s, above the bound of {TimeBound.TotalSeconds} s"
            : null;
}
