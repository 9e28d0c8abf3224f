using System.Collections;
using System.Reflection;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Affido.Domain.Tests.Conventions;

/// <summary>
/// Special-category data (needs, background, MSNA status: Reg. UE 2016/679 art. 9) never leave the library in a
/// <c>ToString()</c>: the records that carry them print codes only. <see cref="NeedProfile"/> and
/// <see cref="BackgroundTag"/> are the data themselves and print them, like a string prints itself; what is checked is
/// every record that holds them, directly or through another record.
/// </summary>
public sealed class PrivacyTests
{
    private const string TagMarker = "religion-marker";

    private static readonly Type[] Records = [.. typeof(Minor).Assembly.GetExportedTypes()
        .Where(t => t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null)
        .Where(t => t != typeof(NeedProfile) && t != typeof(BackgroundTag))];

    public static TheoryData<Type> PublicRecords => [.. Records];

    [Fact]
    public void The_records_checked_include_the_holders_of_special_category_data()
    {
        Assert.Contains(typeof(Minor), Records);
        Assert.Contains(typeof(Placement), Records);
        Assert.Contains(typeof(FosterCarer), Records);
        Assert.Contains(typeof(Availability), Records);
        Assert.Contains(typeof(FamilyOfOrigin), Records);
        Assert.Contains(typeof(Relative), Records);
        Assert.True(Records.Length > 30, Records.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(PublicRecords))]
    public void No_public_record_prints_a_need_level_a_background_tag_or_the_msna_flag(Type record)
    {
        object value = Build(record, 0)!;
        Assert.IsType(record, value);
        AssertPrintsNoSpecialCategoryData(value.ToString()!, [TagMarker]);
    }

    [Fact]
    public void Minors_placements_and_carers_print_their_codes_only()
    {
        Assert.Equal("Minor { Code = M000001 }", Samples.Minor.ToString());
        Assert.Equal("FosterCarer { Code = C000001 }", Samples.Carer.ToString());
        Assert.Equal("Placement { Carer = C000001, Minors = [M000001] }", Samples.Placement.ToString());
        Assert.Equal("Placement { Carer = , Minors = [, M1] }", (Samples.Placement with { Carer = default, Minors = [null!, Samples.Minor with { Code = new("M1") }] }).ToString());
        Assert.DoesNotContain("Different needs", Samples.Placement.SiblingContraindication!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Return home", Samples.Plan.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Generated_placements_print_no_special_category_data()
        => Prop.ForAll(DomainGenerators.Placements.ToArbitrary(), placement =>
            AssertPrintsNoSpecialCategoryData(placement.ToString(), TagsOf(placement.Minors)));

    [Property(MaxTest = 200)]
    public Property Generated_carers_and_minors_print_no_special_category_data()
        => Prop.ForAll(DomainGenerators.FosterCarers.ToArbitrary(), DomainGenerators.Minors.ToArbitrary(), (carer, minor) =>
        {
            AssertPrintsNoSpecialCategoryData(carer.ToString(), carer.Backgrounds.Select(b => b.Value));
            // A carer may accept the MSNA placement form (PlacementForm.UnaccompaniedForeignMinor): a fact about the
            // carer, not a minor's status; only the need levels the carer accepts are left out.
            AssertPrintsNoSpecialCategoryData(carer.Availability.ToString().Replace(nameof(PlacementForm.UnaccompaniedForeignMinor), "form", StringComparison.Ordinal), []);
            AssertPrintsNoSpecialCategoryData(minor.ToString(), TagsOf([minor]));
        });

    private static IEnumerable<string> TagsOf(IEnumerable<Minor> minors) => minors.Where(m => m.Background is not null).Select(m => m.Background!.Value.Value);

    private static void AssertPrintsNoSpecialCategoryData(string text, IEnumerable<string> tags)
    {
        foreach (string level in new[] { "Low", "Medium", "High" })
        {
            Assert.DoesNotContain("=" + level, text, StringComparison.Ordinal);
            Assert.DoesNotContain("= " + level, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Needs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unaccompanied", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Background", text, StringComparison.Ordinal);
        foreach (string tag in tags)
        {
            Assert.DoesNotContain(tag, text, StringComparison.Ordinal);
        }
    }

    /// <summary>A value of <paramref name="type"/> with every member set, special-category ones at their most telling: every need high, a background tag, the MSNA flag on.</summary>
    private static object? Build(Type type, int depth)
    {
        if (depth > 6)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Build(underlying, depth);
        }

        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal))
        {
            return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2020, 1, 1);
        }

        if (type == typeof(Period))
        {
            return Period.FromMonths(3);
        }

        if (type == typeof(NeedProfile))
        {
            return NeedProfile.AllHigh;
        }

        if (type == typeof(BackgroundTag))
        {
            return new BackgroundTag(TagMarker);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 1);
            items.SetValue(Build(element, depth + 1), 0);
            return typeof(ValueArray).GetMethod(nameof(ValueArray.From))!.MakeGenericMethod(element).Invoke(null, [items]);
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICode<>)))
        {
            return type.GetMethod("From", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, ["code"]);
        }

        if (type == typeof(LegalSource))
        {
            return LegalSource.Of("citation");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        object value = constructor is null
            ? Activator.CreateInstance(type)!
            : constructor.Invoke([.. constructor.GetParameters().Select(p => Build(p.ParameterType, depth + 1))]);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            property.SetValue(value, Build(property.PropertyType, depth + 1));
        }

        return value;
    }
}
