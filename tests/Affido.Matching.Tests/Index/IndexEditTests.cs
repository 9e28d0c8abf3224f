using Affido.Domain;
using Affido.Matching.Tests.Support;
using Affido.TestSupport;
using Affido.TestSupport.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Index;

/// <summary>
/// <see cref="CarerIndex.WithCarer"/> and <see cref="CarerIndex.WithoutCarer"/>: an edited snapshot searches exactly as
/// a build of the edited registry does, and the snapshot it came from does not change.
/// </summary>
public sealed class IndexEditTests
{
    /// <summary>One edit: 0 replaces the carer at <c>Pick</c> with the donor's data under its code, 1 adds the donor under a new code, 2 removes the carer at <c>Pick</c>.</summary>
    private readonly record struct Edit(int Kind, int Pick, int Donor);

    /// <summary>
    /// A registry and request of <see cref="CarerIndexProperties.Cases"/>, one to six edits, and donors: carers of the
    /// same territory and carers of another (new municipalities, persons, languages for the index).
    /// </summary>
    private static readonly Arbitrary<((FosterCarer[] Carers, MatchRequest Request, int Top) Case, Edit[] Edits, FosterCarer[] Donors)> Cases = Arb.From(
        from c in CarerIndexProperties.Cases.Generator
        from count in Gen.Choose(1, 6)
        from edits in (from kind in Gen.Choose(0, 2) from pick in Gen.Choose(0, 10_000) from donor in Gen.Choose(0, 10_000) select new Edit(kind, pick, donor))
            .ArrayOf(count)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (c, edits, Donors(c.Carers, seed)));

    [Property(MaxTest = 60)]
    public Property An_edited_snapshot_searches_as_a_build_of_the_edited_registry() => Prop.ForAll(Cases, x =>
    {
        var original = CarerIndex.Build(x.Case.Carers);
        var before = original.Search(x.Case.Request, x.Case.Top);
        var registry = x.Case.Carers.ToList();
        var index = original;
        int added = 0;
        foreach (var edit in x.Edits)
        {
            var donor = x.Donors[edit.Donor % x.Donors.Length];
            if (edit.Kind == 1 || registry.Count == 0)
            {
                var fresh = donor with { Code = new CarerCode("NEW-" + added++) };
                registry.Add(fresh);
                index = index.WithCarer(fresh);
            }
            else if (edit.Kind == 0)
            {
                int row = edit.Pick % registry.Count;
                var changed = donor with { Code = registry[row].Code };
                registry[row] = changed;
                index = index.WithCarer(changed);
            }
            else
            {
                int row = edit.Pick % registry.Count;
                index = index.WithoutCarer(registry[row].Code);
                registry.RemoveAt(row);
            }
        }

        var rebuilt = CarerIndex.Build(registry);
        Assert.Equal(registry.Count, index.Count);
        Assert.Equal(rebuilt.Search(x.Case.Request, x.Case.Top), index.Search(x.Case.Request, x.Case.Top));
        Assert.Equal(rebuilt.Search(x.Case.Request, x.Case.Top), index.Search(x.Case.Request, x.Case.Top, 3));
        foreach (var carer in registry.Take(40))
        {
            Assert.Equal(rebuilt.Explain(x.Case.Request, carer.Code), index.Explain(x.Case.Request, carer.Code));
        }

        Assert.Equal(before, original.Search(x.Case.Request, x.Case.Top));
        Assert.True(index.EstimatedBytes > 0);
    });

    [Fact]
    public void The_generated_edits_bring_new_municipalities_persons_and_relatives()
    {
        var cases = Gen.Sample(Cases.Generator, 20, new Rnd(20261127UL, 1442695040888963407UL), 10);
        var known = cases.SelectMany(c => c.Case.Carers).Select(c => c.Municipality).ToHashSet();
        Assert.Contains(cases.SelectMany(c => c.Donors), d => !known.Contains(d.Municipality));
        Assert.Contains(cases.SelectMany(c => c.Donors), d => d.Relatives.Count > 0);
        Assert.Contains(cases.SelectMany(c => c.Edits), e => e.Kind == 2);
    }

    [Fact]
    public void Replacing_a_carer_changes_its_result_and_leaves_the_old_snapshot_as_it_was()
    {
        var request = Fixtures.Example();
        var original = CarerIndex.Build([Fixtures.EligibleCarer("C1"), Fixtures.EligibleCarer("C2")]);
        var withdrawn = Fixtures.EligibleCarer("C1") with { Status = AssessmentStatus.Suspended };

        var edited = original.WithCarer(withdrawn);

        Assert.Equal(["C1", "C2"], Matchers.Codes(original.Search(request, 5)));
        Assert.Equal(["C2"], Matchers.Codes(edited.Search(request, 5)));
        Assert.Equal([HardFilter.Status], edited.Explain(request, new CarerCode("C1")).FailedFilters);
        Assert.Equal(2, edited.Count);
    }

    [Fact]
    public void Adding_and_removing_carers_with_rare_languages_non_ascii_codes_and_relatives()
    {
        // 70 distinct languages: the last ones overflow the 63 direct bits of the tag column; a non-ASCII code turns
        // the code column to UTF-16; relatives are spliced in and out.
        var carers = Enumerable.Range(0, 70)
            .Select(i => Fixtures.EligibleCarer("C" + i) with { Languages = [LanguageCode.From("l" + i)] })
            .ToList();
        var index = CarerIndex.Build(carers);
        var request = Fixtures.Example() with { Minors = [Fixtures.Child("M1", 8) with { Languages = [LanguageCode.From("l68")] }] };

        var kin = Fixtures.EligibleCarer("Cé") with
        {
            Languages = [LanguageCode.From("l69"), LanguageCode.From("l99")],
            Relatives = [new Relative(new PersonCode("M1"), 2)],
        };
        carers.Add(kin);
        index = index.WithCarer(kin);
        Assert.Equal(CarerIndex.Build(carers).Search(request, 5), index.Search(request, 5));

        carers.RemoveAt(68);
        index = index.WithoutCarer(new CarerCode("C68"));
        Assert.Equal(CarerIndex.Build(carers).Search(request, 5), index.Search(request, 5));

        carers[^1] = kin with { Relatives = [] };
        index = index.WithCarer(carers[^1]);
        Assert.Equal(CarerIndex.Build(carers).Search(request, 5), index.Search(request, 5));
        Assert.Equal(CarerIndex.Build(carers).Explain(request, kin.Code), index.Explain(request, kin.Code));
    }

    [Fact]
    public void Removing_an_unknown_or_blank_code_returns_the_same_snapshot()
    {
        var index = CarerIndex.Build([Fixtures.EligibleCarer("C1")]);
        Assert.Same(index, index.WithoutCarer(new CarerCode("C9")));
        Assert.Same(index, index.WithoutCarer(default));
        Assert.Equal(0, index.WithoutCarer(new CarerCode("C1")).Count);
    }

    [Fact]
    public void A_carer_the_index_cannot_read_is_rejected_naming_the_parameter_and_the_member()
    {
        var index = CarerIndex.Build([Fixtures.EligibleCarer("C1")]);
        Assert.Equal("carer", Assert.Throws<ArgumentNullException>(() => index.WithCarer(null!)).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => index.WithCarer(Fixtures.EligibleCarer("C2") with { Code = default }));
        Assert.Equal("carer", blank.ParamName);
        var noHousehold = Assert.Throws<ArgumentException>(() => index.WithCarer(Fixtures.EligibleCarer("C2") with { Household = null! }));
        Assert.Equal("carer", noHousehold.ParamName);
        Assert.Contains("Household", noHousehold.Message, StringComparison.Ordinal);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public async Task Concurrent_updates_through_the_holder_are_none_of_them_lost_and_searches_see_whole_snapshots()
    {
        var request = Fixtures.Example();
        using var holder = new CarerIndexHolder(CarerIndex.Build([Fixtures.EligibleCarer("C0")]));
        using var stop = new CancellationTokenSource();
        var searching = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var searches = Task.Run(() =>
        {
            // At least ten searches whatever the scheduling (the updates start only once the first has run: a busy
            // thread pool once started this task after the updates were over, and it searched nothing).
            int seen = 0;
            while (!stop.IsCancellationRequested || seen < 10)
            {
                var index = holder.Current;
                var result = index.Search(request, 100);
                Assert.Equal(index.Count, result.Scanned);
                Assert.Equal(index.Count, result.Candidates.Count);
                seen++;
                searching.TrySetResult();
            }

            return seen;
        });

        await Task.WhenAny(searching.Task, searches); // a failed search ends the wait too, and is rethrown below
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => holder.UpdateAsync(index => index.WithCarer(Fixtures.EligibleCarer("C" + i))))));
        await stop.CancelAsync();

        Assert.True(await searches >= 10);
        Assert.Equal(51, holder.Current.Count);
        Assert.Equal(50, holder.Version);
        await Assert.ThrowsAsync<ArgumentNullException>(() => holder.UpdateAsync(null!));
        await Assert.ThrowsAsync<InvalidOperationException>(() => holder.UpdateAsync(_ => null!));
        await Assert.ThrowsAsync<ArgumentException>(() => holder.UpdateAsync(index => index.WithCarer(Fixtures.EligibleCarer("C9") with { Household = null! })));
        Assert.Equal(51, holder.Current.Count);
    }

    private static FosterCarer[] Donors(FosterCarer[] registry, int seed)
        => [.. registry.Take(5), .. PropertyRegistry.Generate(5, seed, SyntheticTerritory.Large, personPool: 5000)];
}
