using System.Globalization;

namespace Affido.Domain;

/// <summary>
/// Where a decision comes from: one or more citations of the law, the municipal regulation or the district's policy,
/// written the way Italian legal texts cite them ("L. 184/1983 art. 4 c. 4", "Reg. art. 8 f", "art. 403 c. 2 c.c.").
/// </summary>
/// <remarks>
/// <para>Built with the factories of each act (<see cref="Law184"/>, <see cref="Regulation"/>, <see cref="CivilCode"/>
/// ...) so every citation is written one way; the sources the library cites are named once in
/// <see cref="LegalSources"/>. Several citations are joined with <see cref="And"/> ("Reg. art. 3; L. 184/1983 art. 4
/// c. 1"); <see cref="AsAmendedBy"/> adds the amending act in brackets.</para>
/// <para>Equality compares the citation text (ordinal). <see cref="Of"/> takes any citation an integrator needs for
/// rules of its own; the <c>default</c> of a <see cref="LegalSource"/> field is <see langword="null"/>.</para>
/// "Reg." is the Comune di Sondrio "Regolamento del servizio di affidamento familiare" (2026).
/// </remarks>
public sealed record LegalSource
{
    private LegalSource(string citation) => Citation = citation;

    /// <summary>The citation, e.g. "L. 184/1983 art. 4 c. 4".</summary>
    public string Citation { get; }

    /// <summary>A citation given as text (for rules of the integrator's own).</summary>
    /// <param name="citation">The citation, not blank.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is null, empty or blank.</exception>
    public static LegalSource Of(string citation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        return new(citation.Trim());
    }

    /// <summary>An article of L. 4 maggio 1983, n. 184 (Diritto del minore ad una famiglia), as amended: "L. 184/1983 art. 4 c. 4".</summary>
    /// <param name="article">The article, e.g. "4" or "5-bis".</param>
    /// <param name="comma">The comma (paragraph), e.g. "4" or "1.1", when cited.</param>
    /// <returns>The source.</returns>
    public static LegalSource Law184(string article, string? comma = null) => new("L. 184/1983 " + Article(article, comma, null));

    /// <summary>An article of the municipal regulation ("Reg."): "Reg. art. 8 f".</summary>
    /// <param name="article">The article, e.g. "8".</param>
    /// <param name="letter">The letter, e.g. "f", when cited.</param>
    /// <returns>The source.</returns>
    public static LegalSource Regulation(string article, string? letter = null) => new("Reg. " + Article(article, null, letter));

    /// <summary>An article of the civil code: "art. 403 c. 2 c.c.".</summary>
    /// <param name="article">The article, e.g. "403".</param>
    /// <param name="comma">The comma, when cited.</param>
    /// <returns>The source.</returns>
    public static LegalSource CivilCode(string article, string? comma = null) => new(Article(article, comma, null) + " c.c.");

    /// <summary>An article of the code of civil procedure: "art. 155 c.p.c.".</summary>
    /// <param name="article">The article.</param>
    /// <param name="comma">The comma, when cited.</param>
    /// <returns>The source.</returns>
    public static LegalSource CivilProcedureCode(string article, string? comma = null) => new(Article(article, comma, null) + " c.p.c.");

    /// <summary>An article of the General Data Protection Regulation: "Reg. UE 2016/679 art. 6".</summary>
    /// <param name="article">The article.</param>
    /// <returns>The source.</returns>
    public static LegalSource DataProtectionRegulation(string article) => new("Reg. UE 2016/679 " + Article(article, null, null));

    /// <summary>The shared carer registry's rules: Provincia di Milano, "Banca Dati Famiglie Affidatarie Online".</summary>
    public static LegalSource CarerRegistry { get; } = new("Provincia di Milano, \"Banca Dati Famiglie Affidatarie Online\"");

    /// <summary>The district's policy (Assemblea dei Sindaci): values the district sets, not the law.</summary>
    public static LegalSource DistrictPolicy { get; } = new("policy");

    /// <summary>This source and <paramref name="other"/>: "Reg. art. 3; L. 184/1983 art. 4 c. 1".</summary>
    /// <param name="other">The other source.</param>
    /// <returns>The joined source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public LegalSource And(LegalSource other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Citation + "; " + other.Citation);
    }

    /// <summary>This source with the act that introduced or amended it: "L. 184/1983 art. 4 c. 4 (D.Lgs. 149/2022)".</summary>
    /// <param name="act">The amending act, e.g. "D.Lgs. 149/2022".</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="act"/> is null, empty or blank.</exception>
    public LegalSource AsAmendedBy(string act)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(act);
        return new($"{Citation} ({act})");
    }

    /// <summary>The citation.</summary>
    public override string ToString() => Citation;

    /// <summary>Ordinal equality of the citations.</summary>
    /// <param name="other">The other source.</param>
    /// <returns>True when the citations are the same text.</returns>
    public bool Equals(LegalSource? other) => other is not null && string.Equals(Citation, other.Citation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Citation);

    private static string Article(string article, string? comma, string? letter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        string text = string.Create(CultureInfo.InvariantCulture, $"art. {article.Trim()}");
        if (!string.IsNullOrWhiteSpace(comma))
        {
            text += " c. " + comma.Trim();
        }

        if (!string.IsNullOrWhiteSpace(letter))
        {
            text += " " + letter.Trim();
        }

        return text;
    }
}
