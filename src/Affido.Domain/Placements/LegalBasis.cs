namespace Affido.Domain;

/// <summary>The legal basis of a placement (Reg. art. 3; L. 184/1983 art. 4).</summary>
public enum LegalBasis
{
    /// <summary>Consensual (consensuale): the holders of parental responsibility consent in writing; made executive by the giudice tutelare (L. 184/1983 art. 4 c. 1).</summary>
    Consensual = 0,

    /// <summary>Judicial (giudiziale): without that consent, decreed by the tribunale per i minorenni (L. 184/1983 art. 4 c. 2).</summary>
    Judicial = 1,
}
