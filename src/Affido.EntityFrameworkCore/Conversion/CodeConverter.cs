using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// Stores any code of the model (<see cref="ICode{TSelf}"/>: carer, person, district, ISTAT, language...) as its text,
/// exactly as given, and reads it back with <c>TCode.From</c>. One converter for every code type.
/// </summary>
/// <remarks>
/// Comparisons in SQL are then comparisons of the texts, which both SQLite (binary collation) and PostgreSQL
/// (deterministic collations) decide byte by byte: the ordinal equality the model uses. A <c>default</c> code has no
/// text and is stored as SQL <c>NULL</c>, which a required column rejects.
/// </remarks>
/// <typeparam name="TCode">The code type.</typeparam>
public sealed class CodeConverter<TCode> : ValueConverter<TCode, string>
    where TCode : struct, ICode<TCode>
{
    /// <summary>The converter (stateless: one instance is enough).</summary>
    public static CodeConverter<TCode> Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public CodeConverter()
        : base(code => ToText(code), text => FromText(text))
    {
    }

    private static string ToText(TCode code) => code.Value;

    private static TCode FromText(string text) => TCode.From(text);
}
