namespace Affido.Domain;

/// <summary>The judicial authority that supervises a placement.</summary>
public enum Authority
{
    /// <summary>The giudice tutelare: makes a consensual placement executive and receives its reports (L. 184/1983 art. 4 c. 1 and 3).</summary>
    GuardianshipJudge = 0,

    /// <summary>The tribunale per i minorenni: decrees judicial placements, receives their reports, grants extensions (L. 184/1983 art. 4 c. 2-4).</summary>
    JuvenileCourt = 1,
}
