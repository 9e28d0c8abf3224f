using Affido.Domain.Specifications;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests.Specifications;

public sealed class SpecificationTests
{
    public sealed record Item(int Value);

    private sealed class Between : Specification<Item>
    {
        public Between(int low, int high, bool withHigh)
        {
            Query.Where(x => x.Value >= low)
                 .Where(x => x.Value <= high, withHigh);
        }
    }

    private static readonly Gen<Specification<Item>> Leaves = Gen.OneOf(
        Gen.Choose(-20, 20).Select(k => Specification<Item>.Create(x => x.Value > k)),
        Gen.Choose(2, 5).Select(m => Specification<Item>.Create(x => x.Value % m == 0)),
        from low in Gen.Choose(-20, 20) from high in Gen.Choose(-20, 20) from withHigh in Gen.Elements(true, false)
        select (Specification<Item>)new Between(low, high, withHigh),
        Gen.Constant(new Specification<Item>()));

    private static Gen<Specification<Item>> Specs(int depth)
        => depth == 0
            ? Leaves
            : Gen.Frequency(
                (2, Leaves),
                (1, from a in Specs(depth - 1) from b in Specs(depth - 1) select a.And(b)),
                (1, from a in Specs(depth - 1) from b in Specs(depth - 1) select a.Or(b)),
                (1, Specs(depth - 1).Select(a => a.Not())));

    private static readonly Gen<Item[]> Items = Gen.Choose(-30, 30).Select(v => new Item(v)).ArrayOf();

    // Each composed specification compiles its expression once: 100 cases keep the laws well exercised and fast.
    private static void Check<T>(Gen<T> gen, Func<T, bool> law, int cases = 100)
        => Prop.ForAll(gen.ToArbitrary(), law).Check(Config.QuickThrowOnFailure.WithMaxTest(cases));

    [Fact]
    public void Law_And_agrees_with_both()
        => Check(from a in Specs(2) from b in Specs(2) from x in Items select (a, b, x),
            c =>
            {
                var both = c.a.And(c.b);
                return c.x.All(i => both.IsSatisfiedBy(i) == (c.a.IsSatisfiedBy(i) && c.b.IsSatisfiedBy(i)));
            });

    [Fact]
    public void Law_Or_agrees_with_either()
        => Check(from a in Specs(2) from b in Specs(2) from x in Items select (a, b, x),
            c =>
            {
                var either = c.a.Or(c.b);
                return c.x.All(i => either.IsSatisfiedBy(i) == (c.a.IsSatisfiedBy(i) || c.b.IsSatisfiedBy(i)));
            });

    [Fact]
    public void Law_Not_negates_and_Not_Not_agrees_with_the_original()
        => Check(from a in Specs(2) from x in Items select (a, x),
            c =>
            {
                var not = c.a.Not();
                var notNot = not.Not();
                return c.x.All(i => not.IsSatisfiedBy(i) == !c.a.IsSatisfiedBy(i) && notNot.IsSatisfiedBy(i) == c.a.IsSatisfiedBy(i));
            });

    [Fact]
    public void Law_Evaluate_agrees_with_IsSatisfiedBy_and_keeps_the_order()
        => Check(from a in Specs(2) from x in Items select (a, x),
            c => c.a.Evaluate(c.x).SequenceEqual(c.x.Where(c.a.IsSatisfiedBy)));

    [Fact]
    public void Law_the_IQueryable_evaluator_agrees_with_the_in_memory_one()
        => Check(from a in Specs(2) from x in Items select (a, x),
            c => SpecificationEvaluator.Default.GetQuery(c.x.AsQueryable(), c.a).ToList()
                .SequenceEqual(InMemorySpecificationEvaluator.Default.Evaluate(c.x, c.a)));

    [Fact]
    public void Where_with_a_false_condition_adds_no_criterion()
    {
        var open = new Between(0, 5, withHigh: false);
        var closed = new Between(0, 5, withHigh: true);
        Assert.Single(open.WhereExpressions);
        Assert.Equal(2, closed.WhereExpressions.Count());
        Assert.True(open.IsSatisfiedBy(new Item(10)));
        Assert.False(closed.IsSatisfiedBy(new Item(10)));
    }

    [Fact]
    public void An_empty_specification_is_satisfied_by_everything_and_its_negation_by_nothing()
    {
        var all = new Specification<Item>();
        Assert.True(all.IsSatisfiedBy(new Item(1)));
        Assert.False(all.Not().IsSatisfiedBy(new Item(1)));
    }

    [Fact]
    public void And_concatenates_the_criteria_so_a_provider_sees_each()
    {
        var spec = new Between(0, 5, true).And(Specification<Item>.Create(x => x.Value != 3));
        Assert.Equal(3, spec.WhereExpressions.Count());
        Assert.Equal([0, 1, 2, 4, 5], spec.Evaluate(Enumerable.Range(-2, 10).Select(v => new Item(v))).Select(i => i.Value));
    }

    [Fact]
    public void Null_arguments_are_programming_errors()
    {
        var spec = new Specification<Item>();
        Assert.Throws<ArgumentNullException>(() => spec.And(null!));
        Assert.Throws<ArgumentNullException>(() => spec.Or(null!));
        Assert.Throws<ArgumentNullException>(() => spec.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => Specification<Item>.Create(null!));
        Assert.Throws<ArgumentNullException>(() => SpecificationEvaluator.Default.GetQuery(null!, spec));
    }
}
