using System.Globalization;
using System.Text;
using Affido.Domain;
using Affido.Matching.Tests.Support;
using NodaTime;
using static Affido.Matching.Tests.Support.Fixtures;

namespace Affido.Matching.Tests.Docs;

/// <summary>
/// docs/matching.md states the matching model once for users. Its tables are generated here from the tables that
/// declare the filters and criteria (<see cref="HardFilters"/>, <see cref="SoftCriteria"/>) and from the formulas
/// themselves: each test compares a block of the document with what it generates, and prints the block to paste
/// when they differ.
/// </summary>
public sealed class MatchingDocsTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string Document() => RepositoryFiles.Read("docs", "matching.md");

    /// <summary>The text between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.</summary>
    private static string Block(string name)
    {
        string document = Document();
        string begin = $"<!-- {name}:begin -->\n";
        int start = document.IndexOf(begin, StringComparison.Ordinal);
        int end = document.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/matching.md has no {name} block");
        return document[(start + begin.Length)..end];
    }

    private static void AssertBlock(string name, string expected)
        => Assert.True(Block(name) == expected, $"docs/matching.md, block {name}, should read:\n{expected}");

    private static string Number(double value) => value.ToString("0.####", Invariant);

    [Fact]
    public void The_hard_filters_table_is_the_declared_table()
    {
        var text = new StringBuilder();
        text.Append("| bit | filter | reason code | source | italiano | English |\n|---|---|---|---|---|---|\n");
        foreach (var filter in HardFilters.All)
        {
            text.Append(Invariant, $"| {(int)filter.Filter} | `{filter.Filter}` | `{filter.ReasonCode}` | {filter.Source} | {filter.Label.Italian} | {filter.Label.English} |\n");
        }

        AssertBlock("hard-filters", text.ToString());
    }

    [Fact]
    public void The_criteria_table_is_the_declared_table()
    {
        var text = new StringBuilder();
        text.Append("| # | criterion | code | default weight | source | italiano | English |\n|---|---|---|---|---|---|---|\n");
        foreach (var criterion in SoftCriteria.All)
        {
            text.Append(Invariant, $"| {(int)criterion.Criterion} | `{criterion.Criterion}` | `{criterion.Code}` | {Number(MatchingOptions.Default.WeightOf(criterion.Criterion))} | {criterion.Source?.ToString() ?? "—"} | {criterion.Label.Italian} | {criterion.Label.English} |\n");
        }

        AssertBlock("criteria", text.ToString());
    }

    [Fact]
    public void The_constants_are_the_defaults()
    {
        var options = MatchingOptions.Default;
        string expected =
            $"| constant | default | range |\n|---|---|---|\n"
            + $"| `ProximityHalfScoreKm` (H) | {Number(options.ProximityHalfScoreKm)} | (0, 1000] |\n"
            + $"| `ExperiencePlacementsCap` (P) | {options.ExperiencePlacementsCap} | 1–1000 |\n"
            + $"| `ExperienceTrainingHoursCap` (T) | {options.ExperienceTrainingHoursCap} | 1–10000 |\n"
            + $"| `WaitingTimeCapDays` (W) | {options.WaitingTimeCapDays} | 1–36500 |\n"
            + $"| every weight | see the table above | [0, {Number(MatchingOptionsValidator.MaxWeight)}], not all 0 |\n"
            + $"| same district / province / region | {Number(CriterionFormulas.SameDistrict)} / {Number(CriterionFormulas.SameProvince)} / {Number(CriterionFormulas.SameRegion)} | fixed |\n";
        AssertBlock("constants", expected);
    }

    [Fact]
    public void The_worked_examples_are_what_the_formulas_compute()
    {
        var o = MatchingOptions.Default;
        var rows = new List<(string Criterion, string Input, double Score)>
        {
            ("proximity", "both with coordinates, 0 km", CriterionFormulas.Proximity(Located(45, 9), Located(45, 9), o.ProximityHalfScoreKm)),
            ("proximity", "both with coordinates, 15 km (H)", 1.0 / (1.0 + 1.0)),
            ("proximity", "both with coordinates, 45 km", 1.0 / (1.0 + (45.0 / o.ProximityHalfScoreKm))),
            ("proximity", "same ISTAT code, no coordinates", CriterionFormulas.Proximity(Bare(Town(0)), Bare(Town(0)), o.ProximityHalfScoreKm)),
            ("proximity", "same district, no coordinates", CriterionFormulas.Proximity(Bare(Town(1)), Bare(Town(0)), o.ProximityHalfScoreKm)),
            ("proximity", "carer's district unknown, same province", CriterionFormulas.Proximity(Bare(Town(1)) with { District = null }, Bare(Town(0)), o.ProximityHalfScoreKm)),
            ("proximity", "same region, another province", CriterionFormulas.Proximity(Bare(Town(9)), Bare(Town(0)), o.ProximityHalfScoreKm)),
            ("proximity", "another region", CriterionFormulas.Proximity(Bare(Town(20)), Bare(Town(0)), o.ProximityHalfScoreKm)),
            ("language", "speaks 1 of the 2 languages looked for", CriterionFormulas.Overlap(1, 2)),
            ("language", "no language looked for (weight 0)", CriterionFormulas.Overlap(0, 0)),
            ("experience", "2 placements, 20 hours", CriterionFormulas.Experience(2, 20, o.ExperiencePlacementsCap, o.ExperienceTrainingHoursCap)),
            ("experience", "5 placements, 0 hours", CriterionFormulas.Experience(5, 0, o.ExperiencePlacementsCap, o.ExperienceTrainingHoursCap)),
            ("experience", "9 placements, 100 hours", CriterionFormulas.Experience(9, 100, o.ExperiencePlacementsCap, o.ExperienceTrainingHoursCap)),
            ("household fit", "no children", Household(null)),
            ("household fit", "youngest child 12, oldest minor 10", Household(Start.PlusYears(-12).PlusDays(-1))),
            ("household fit", "youngest child 10, oldest minor 10", Household(Start.PlusYears(-10).PlusDays(-1))),
            ("household fit", "youngest child 8, oldest minor 10", Household(Start.PlusYears(-8).PlusDays(-1))),
            ("household fit", "oldest minor 17, own child turns 18 the day after the start", HouseholdOf17(Start.PlusYears(-18).PlusDays(1))),
            ("household fit", "oldest minor 17, own child's 18th birthday on the start", HouseholdOf17(Start.PlusYears(-18))),
            ("household fit", "oldest minor 17, own child turned 18 the day before the start", HouseholdOf17(Start.PlusYears(-18).PlusDays(-1))),
            ("duration cover", "open-ended availability", CriterionFormulas.DurationCover(0, 100, null)),
            ("duration cover", "available until the day before the end", CriterionFormulas.DurationCover(0, 100, 99)),
            ("duration cover", "available for the first half", CriterionFormulas.DurationCover(0, 100, 49)),
            ("kinship", "grandparent (2nd degree)", CriterionFormulas.Kinship(2)),
            ("kinship", "cousin (4th degree, blood or in-law)", CriterionFormulas.Kinship(4)),
            ("kinship", "5th degree, or not related", CriterionFormulas.Kinship(5)),
            ("waiting time", "365 days on the expected start", CriterionFormulas.WaitingTime(365, o.WaitingTimeCapDays)),
            ("waiting time", "1,000 days", CriterionFormulas.WaitingTime(1000, o.WaitingTimeCapDays)),
        };
        var text = new StringBuilder("| criterion | case | score |\n|---|---|---|\n");
        foreach (var (criterion, input, score) in rows)
        {
            text.Append(Invariant, $"| {criterion} | {input} | {Number(score)} |\n");
        }

        AssertBlock("examples", text.ToString());

        // The kilometre rows are the formula itself: check them against real distances too.
        double km = new GeoPoint(45.0, 9.0).DistanceKmTo(new GeoPoint(45.2, 9.0));
        Assert.Equal(1.0 / (1.0 + (km / o.ProximityHalfScoreKm)), CriterionFormulas.Proximity(Located(45, 9), Located(45.2, 9), o.ProximityHalfScoreKm), 12);
    }

    private static Municipality Bare(Municipality place) => place with { Location = null };

    private static Municipality Located(double latitude, double longitude) => Town(5) with { Location = new GeoPoint(latitude, longitude) };

    /// <summary>The household-fit score the index gives a carer whose youngest own child was born on <paramref name="child"/>, for a 10-year-old.</summary>
    private static double Household(LocalDate? child) => HouseholdScore(child, Child("M1", 10));

    private static double HouseholdOf17(LocalDate child) => HouseholdScore(child, Child("M1", 17));

    private static double HouseholdScore(LocalDate? child, Minor minor)
    {
        var carer = EligibleCarer("A") with { Household = new Household(HouseholdType.Couple, child is { } birth ? [birth] : []) };
        var result = CarerIndex.Build([carer]).Search(Example(minor), 1);
        return result.Candidates[0].Breakdown[(int)Criterion.HouseholdFit].Score;
    }
}
