namespace Affido.Domain;

/// <summary>The ground on which the juvenile court extends a placement beyond its presumed duration (L. 184/1983 art. 4 c. 4).</summary>
public enum HarmGround
{
    /// <summary>Harm to the minor (pregiudizio): the ground of the text in force until 27 February 2023.</summary>
    Harm = 0,

    /// <summary>Serious harm to the minor (grave pregiudizio): the ground since 28 February 2023 (D.Lgs. 149/2022).</summary>
    SeriousHarm = 1,
}
