using Affido.Domain;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Domain.Tests.Needs;

public sealed class NeedProfileTests
{
    [Fact]
    public void Default_is_None_in_every_category()
    {
        Assert.Equal(NeedProfile.None, default);
        Assert.All(Enum.GetValues<NeedCategory>(), c => Assert.Equal(NeedLevel.None, default(NeedProfile)[c]));
        Assert.Equal("none", NeedProfile.None.ToString());
    }

    [Fact]
    public void With_sets_one_category_and_leaves_the_others()
    {
        var profile = NeedProfile.None.With(NeedCategory.Trauma, NeedLevel.High).With(NeedCategory.Health, NeedLevel.Medium);
        Assert.Equal(NeedLevel.High, profile[NeedCategory.Trauma]);
        Assert.Equal(NeedLevel.Medium, profile[NeedCategory.Health]);
        Assert.Equal(NeedLevel.None, profile[NeedCategory.Disability]);
        Assert.Equal(NeedLevel.Low, profile.With(NeedCategory.Trauma, NeedLevel.Low)[NeedCategory.Trauma]);
        Assert.Equal("Health=Medium, Trauma=High", profile.ToString());
        Assert.Equal(profile, NeedProfile.Of((NeedCategory.Health, NeedLevel.Medium), (NeedCategory.Trauma, NeedLevel.High)));
    }

    [Fact]
    public void Of_keeps_the_last_level_of_a_category_named_twice()
        => Assert.Equal(NeedLevel.Low, NeedProfile.Of((NeedCategory.Behaviour, NeedLevel.High), (NeedCategory.Behaviour, NeedLevel.Low))[NeedCategory.Behaviour]);

    [Fact]
    public void Accepts_at_the_level_and_below_but_not_above()
    {
        var carer = NeedProfile.Of((NeedCategory.Health, NeedLevel.Medium));
        Assert.True(carer.Accepts(NeedProfile.Of((NeedCategory.Health, NeedLevel.Medium))));
        Assert.True(carer.Accepts(NeedProfile.Of((NeedCategory.Health, NeedLevel.Low))));
        Assert.False(carer.Accepts(NeedProfile.Of((NeedCategory.Health, NeedLevel.High))));
        Assert.False(carer.Accepts(NeedProfile.Of((NeedCategory.ComplexContact, NeedLevel.Low))));
        Assert.True(NeedProfile.AllHigh.Accepts(NeedProfile.AllHigh));
    }

    [Fact]
    public void Max_takes_the_highest_level_per_category()
    {
        var a = NeedProfile.Of((NeedCategory.Health, NeedLevel.High), (NeedCategory.Learning, NeedLevel.Low));
        var b = NeedProfile.Of((NeedCategory.Health, NeedLevel.Low), (NeedCategory.Learning, NeedLevel.Medium));
        Assert.Equal(NeedProfile.Of((NeedCategory.Health, NeedLevel.High), (NeedCategory.Learning, NeedLevel.Medium)), a.Max(b));
    }

    [Fact]
    public void Undefined_categories_and_levels_throw_ArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.None[(NeedCategory)NeedProfile.CategoryCount]);
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.None[(NeedCategory)(-1)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.None.With((NeedCategory)8, NeedLevel.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.None.With(NeedCategory.Health, (NeedLevel)4));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.None.With(NeedCategory.Health, (NeedLevel)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedProfile.Of(((NeedCategory)9, NeedLevel.Low)));
    }

    [Property(MaxTest = 500)]
    public Property Packed_round_trips_and_rebuilds_from_the_levels()
        => Prop.ForAll(Gen.Choose(0, ushort.MaxValue).ToArbitrary(), packed =>
            {
                var profile = NeedProfile.FromPacked((ushort)packed);
                var rebuilt = Enum.GetValues<NeedCategory>().Aggregate(NeedProfile.None, (p, c) => p.With(c, profile[c]));
                return profile.Packed == packed && rebuilt == profile;
            });

    [Property(MaxTest = 500)]
    public Property Accepts_is_per_category_comparison_and_max_accepts_both()
        => Prop.ForAll(Gen.Two(DomainGenerators.NeedProfiles).ToArbitrary(), pair =>
            {
                var (carer, minor) = pair;
                bool perCategory = Enum.GetValues<NeedCategory>().All(c => minor[c] <= carer[c]);
                var max = carer.Max(minor);
                return carer.Accepts(minor) == perCategory && carer.Accepts(carer) && max.Accepts(carer) && max.Accepts(minor) && max == minor.Max(carer);
            });
}
