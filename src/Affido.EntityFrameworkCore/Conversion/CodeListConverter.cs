using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Affido.EntityFrameworkCore;

/// <summary>A list of codes as canonical JSON text: <c>["it","ar"]</c> (a default code as <c>null</c>).</summary>
/// <typeparam name="TCode">The code type.</typeparam>
internal sealed class CodeListConverter<TCode>() : ValueConverter<ValueArray<TCode>, string>(
    codes => RegistryJson.WriteCodes(codes), text => RegistryJson.ReadCodes<TCode>(text))
    where TCode : struct, ICode<TCode>;
