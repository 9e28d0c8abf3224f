using System.Reflection;
using System.Runtime.CompilerServices;
using Affido.Domain;

namespace Affido.Domain.Tests.Conventions;

/// <summary>The immutability conventions of the model, enforced by reflection over the public types of Affido.Domain.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Minor).Assembly.GetExportedTypes();

    private static bool IsRecordClass(Type type)
        => type.IsClass && type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    [Fact]
    public void The_assembly_has_public_types_to_check()
    {
        Assert.Contains(typeof(Placement), PublicTypes);
        Assert.Contains(PublicTypes, IsRecordClass);
    }

    [Fact]
    public void No_public_type_has_a_public_setter_other_than_init()
    {
        var offenders =
            from type in PublicTypes
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let setter = property.GetSetMethod(nonPublic: false)
            where setter is not null && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
            select $"{type.Name}.{property.Name}";
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_type_has_a_public_mutable_field()
    {
        var offenders =
            from type in PublicTypes
            where !type.IsEnum
            from field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            where !field.IsInitOnly && !field.IsLiteral
            select $"{type.Name}.{field.Name}";
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_record_is_sealed()
    {
        var offenders = PublicTypes.Where(IsRecordClass).Where(t => !t.IsSealed).Select(t => t.Name);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.Name);
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData(typeof(MinorCode))]
    [InlineData(typeof(CarerCode))]
    [InlineData(typeof(PersonCode))]
    [InlineData(typeof(DistrictCode))]
    [InlineData(typeof(SiblingGroupId))]
    [InlineData(typeof(LanguageCode))]
    [InlineData(typeof(BackgroundTag))]
    [InlineData(typeof(IstatCode))]
    [InlineData(typeof(GeoPoint))]
    [InlineData(typeof(NeedProfile))]
    public void Value_identifiers_are_readonly_structs_with_value_equality(Type type)
    {
        Assert.True(type.IsValueType, type.Name + " is not a struct");
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false), type.Name + " is not readonly");
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
    }

    private static readonly Type[] Validators = [.. typeof(Minor).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(FluentValidation.IValidator)))];

    [Fact]
    public void Every_validator_is_sealed_and_an_affido_validator()
    {
        Assert.Contains(typeof(PlacementValidator), Validators);
        var offenders = Validators
            .Where(t => !t.IsSealed || !IsAffidoValidator(t))
            .Select(t => t.Name);
        Assert.Empty(offenders);
    }

    private static bool IsAffidoValidator(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AffidoValidator<>))
            {
                return true;
            }
        }

        return false;
    }
}
