using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Affido.EntityFrameworkCore;

/// <summary>A list of relatives as canonical JSON text: <c>[{"person":"P1","degree":2,"kind":"Blood"}]</c>.</summary>
internal sealed class RelativeListConverter() : ValueConverter<ValueArray<Relative>, string>(
    relatives => RegistryJson.WriteRelatives(relatives), text => RegistryJson.ReadRelatives(text));
