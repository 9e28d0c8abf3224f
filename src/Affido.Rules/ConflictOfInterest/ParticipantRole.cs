namespace Affido.Rules;

/// <summary>The role of a person in the proceeding that decides a placement, for conflicts of interest (L. 184/1983 art. 2 c. 1.1).</summary>
public enum ParticipantRole
{
    /// <summary>A judge of the panel that adopted the provision (chi ha composto il collegio).</summary>
    Judge = 0,

    /// <summary>The court-appointed expert (consulente tecnico d'ufficio, CTU).</summary>
    CourtExpert = 1,

    /// <summary>A social worker who acted in the same proceeding (chi ha svolto le funzioni di assistente sociale).</summary>
    SocialWorker = 2,
}
