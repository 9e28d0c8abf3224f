using System.Data;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// The stored text of a converted column, as a <see cref="string"/> the query can test: in memory the canonical text
/// (<see cref="RegistryJson"/>), in SQL the column itself, so that <c>StoredText.Of(c.Availability.Forms).Contains("\"Emergency\"")</c>
/// becomes the provider's own substring test (<c>instr</c> on SQLite, <c>strpos</c> on PostgreSQL), exact and case-sensitive.
/// </summary>
/// <remarks>
/// EF Core cannot see through a value converter in a query: a member of a converted type has no SQL translation.
/// These functions are registered by <see cref="RegistryModelBuilderExtensions.ApplyAffidoRegistry"/> with a
/// translation that retypes the column as text; they only accept a mapped column as argument.
/// </remarks>
internal static class StoredText
{
    private static readonly RelationalTypeMapping Text = new StringTypeMapping("TEXT", DbType.String);

    /// <summary>The stored text of a list of placement forms.</summary>
    public static string Of(ValueArray<PlacementForm> value) => RegistryJson.WriteEnums(value);

    /// <summary>The stored text of a list of time arrangements.</summary>
    public static string Of(ValueArray<TimeArrangement> value) => RegistryJson.WriteEnums(value);

    /// <summary>The stored text of a list of relatives.</summary>
    public static string Of(ValueArray<Relative> value) => RegistryJson.WriteRelatives(value);

    /// <summary>The stored text of a district code (<see langword="null"/> when absent).</summary>
    public static string? Of(DistrictCode? value) => value?.Value;

    /// <summary>Registers every <c>Of</c> overload as a database function translated to its column.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    public static void Register(ModelBuilder modelBuilder)
    {
        foreach (var method in typeof(StoredText).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(Of)))
        {
            var function = modelBuilder.HasDbFunction(method);
            function.HasParameter("value").PropagatesNullability().Metadata.TypeMapping = Text;
            function.HasTranslation(Translate);
        }
    }

    private static SqlExpression Translate(IReadOnlyList<SqlExpression> arguments)
        => arguments[0] is ColumnExpression column
            ? new ColumnExpression(column.Name, column.TableAlias, typeof(string), Text, column.IsNullable)
            : throw new InvalidOperationException(
                "StoredText.Of takes a mapped registry column (a member of a carer), not a computed value.");
}
