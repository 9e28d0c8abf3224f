using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests.Common;

public sealed class ValueArrayTests
{
    private sealed record Holder(string Name, ValueArray<int> Numbers);

    [Fact]
    public void Arrays_with_equal_elements_in_the_same_order_are_equal_with_equal_hashes()
    {
        ValueArray<int> a = [1, 2, 3];
        var b = ValueArray.From(new List<int> { 1, 2, 3 });
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_and_length_matter()
    {
        ValueArray<int> a = [1, 2, 3];
        Assert.NotEqual(a, [3, 2, 1]);
        Assert.NotEqual(a, [1, 2]);
        Assert.False(a.Equals("[1, 2, 3]"));
    }

    [Fact]
    public void Records_holding_value_arrays_compare_by_value()
        => Assert.Equal(new Holder("x", [1, 2]), new Holder("x", ValueArray.Create<int>([1, 2])));

    [Fact]
    public void Default_is_the_empty_array()
    {
        ValueArray<string> none = default;
        Assert.True(none.IsEmpty);
        Assert.True(none.Count == 0);
        Assert.Empty(none);
        Assert.Equal(ValueArray<string>.Empty, none);
        Assert.Equal(none, []);
        Assert.Equal(new ValueArray<string>([]).GetHashCode(), none.GetHashCode());
        Assert.True(none.AsSpan().IsEmpty);
        Assert.False(none.AsImmutableArray().IsDefault);
        Assert.Equal("[]", none.ToString());
    }

    [Fact]
    public void Add_Remove_Contains_and_the_indexer_work_without_changing_the_original()
    {
        ValueArray<int> a = [1, 2];
        var b = a.Add(3);
        Assert.Equal([1, 2], a);
        Assert.Equal([1, 2, 3], b);
        Assert.Equal(3, b[2]);
        Assert.True(b.Contains(3));
        Assert.Equal([1, 3], b.Remove(2));
        Assert.Equal(b, b.Remove(42));
        Assert.Equal("[1, 2, 3]", b.ToString());
    }

    [Fact]
    public void An_index_outside_the_array_is_an_argument_exception_naming_it()
    {
        ValueArray<int> two = [1, 2];
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => two[2]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => two[-1]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => default(ValueArray<int>)[0]).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property Equality_is_sequence_equality_and_equal_arrays_hash_equally()
        => Prop.ForAll(
                Gen.Two(Gen.Choose(0, 3).ArrayOf()).ToArbitrary(),
                pair =>
                {
                    var (x, y) = (pair.Item1.ToValueArray(), pair.Item2.ToValueArray());
                    bool equal = pair.Item1.SequenceEqual(pair.Item2);
                    return x.Equals(y) == equal && (x == y) == equal && (!equal || x.GetHashCode() == y.GetHashCode());
                });
}
