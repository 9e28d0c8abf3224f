using Affido.Domain;
using NodaTime;

namespace Affido.Rules.Tests.Judicial;

/// <summary>The example of docs/judicial-timelines.md, compiled and checked: keep the two in step.</summary>
public sealed class JudicialTimelinesDocExampleTests
{
    [Fact]
    public void The_documented_example_produces_what_the_document_says()
    {
        // The example writes to "Console": this local shadows System.Console so that the printed lines can be compared
        // with the document's output block, while the example's text stays exactly the document's.
        using var Console = new StringWriter();
        // --- begin example (docs/judicial-timelines.md) ---
        var rome = DateTimeZoneProviders.Tzdb["Europe/Rome"];
        Instant Rome(int y, int mo, int d, int h, int mi) => rome.AtStrictly(new LocalDateTime(y, mo, d, h, mi)).ToInstant();

        // A minor placed in safety at 01:30 on the night the clocks go forward; the order reaches the prosecutor at 02:45 the next night.
        var facts = new UrgentRemovalFacts
        {
            PlacedInSafety = Rome(2026, 3, 29, 1, 30),
            OrderSentToProsecutor = Rome(2026, 3, 30, 2, 45),
            Minor = new MinorCode("M-001"),
        };
        var now = Rome(2026, 4, 3, 12, 0);

        // The findings: through the evaluator, which validates the facts first.
        RuleEvaluation evaluation = RuleEvaluator.Default.Evaluate(facts, at: now);
        // The calendar of the six steps, for a screen.
        var timeline = UrgentRemovalTimeline.Compute(facts, evaluatedAt: now);

        foreach (var step in timeline.Steps)
        {
            Console.WriteLine($"{step.Step,-24} due {step.DeadlineInRome:uuuu-MM-dd HH:mm o<g>}  happened {step.HappenedInRome:uuuu-MM-dd HH:mm}  late {step.IsLate}");
        }
        foreach (var finding in evaluation.Findings)
        {
            Console.WriteLine(finding);
            Console.WriteLine("  it: " + finding.Message.Italian);
        }
        // --- end example ---

        string[] codes = evaluation.Findings.Select(f => f.Code).ToArray();
        Assert.Equal([RuleCodes.UrgentRemovalTransmissionOverdue, RuleCodes.UrgentRemovalValidationRequestOverdue], codes);
        Assert.Equal(Rome(2026, 3, 30, 2, 30), timeline[UrgentRemovalStep.TransmissionToProsecutor].Deadline);
        Assert.Equal(Rome(2026, 4, 2, 2, 45), timeline[UrgentRemovalStep.ValidationRequest].Deadline);
        Assert.False(timeline[UrgentRemovalStep.ValidationDecree].IsRunning);
        Assert.Equal(
            "Error urgent-removal.transmission-overdue (art. 403 c. 2 c.c. (L. 206/2021)): The order placing the minor in safety was not sent to the public prosecutor at the juvenile court within 24 hours: due by 2026-03-30 02:30 (+02), overdue since then; it happened on 2026-03-30 02:45 (+02). The order loses efficacy (art. 403 last para. c.c.).",
            evaluation.Findings[0].ToString());

        if (Environment.GetEnvironmentVariable("AFFIDO_WRITE_README_OUTPUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, Console.ToString());
        }
        string document = ReadmeTests.RepositoryFile("docs", "judicial-timelines.md");
        string printed = string.Join("\n", Console.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
        string documented = string.Join("\n", ReadmeTests.Block(document[document.IndexOf("It prints:", StringComparison.Ordinal)..], "").Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
        Assert.Equal(documented, printed);
    }

    [Fact]
    public void The_document_shows_the_code_this_test_runs()
    {
        string[] source = ReadmeTests.RepositoryFile("tests", "Affido.Rules.Tests", "Judicial", "JudicialTimelinesDocExampleTests.cs").Split('\n');
        int begin = Array.FindIndex(source, l => l.Contains("// --- begin example", StringComparison.Ordinal));
        int end = Array.FindIndex(source, l => l.Contains("// --- end example", StringComparison.Ordinal));
        var documented = ReadmeTests.Block(ReadmeTests.RepositoryFile("docs", "judicial-timelines.md"), "csharp")
            .Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).SkipWhile(l => l.Length == 0);
        Assert.Equal(string.Join("\n", documented), ReadmeTests.Dedent(source[(begin + 1)..end]));
    }
}
