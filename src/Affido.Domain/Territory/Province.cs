namespace Affido.Domain;

/// <summary>An Italian province or metropolitan city (provincia / città metropolitana), e.g. 015 Milano (MI).</summary>
/// <param name="Code">The three-digit ISTAT code, the first three digits of its municipalities' codes ("015").</param>
/// <param name="Abbreviation">The two-letter abbreviation ("MI").</param>
/// <param name="Name">The name ("Milano").</param>
/// <param name="Region">The region it belongs to.</param>
public sealed record Province(string Code, string Abbreviation, string Name, Region Region);
