using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Affido.EntityFrameworkCore;

/// <summary>A list of enum values as canonical JSON text (<see cref="RegistryJson"/>): <c>["Ordinary","Emergency"]</c>.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumListConverter<TEnum>() : ValueConverter<ValueArray<TEnum>, string>(
    values => RegistryJson.WriteEnums(values), text => RegistryJson.ReadEnums<TEnum>(text))
    where TEnum : struct, Enum;
