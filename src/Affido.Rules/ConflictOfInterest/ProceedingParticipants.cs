using Affido.Domain;

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

/// <summary>The people of a proceeding whose relatives cannot receive the minor (L. 184/1983 art. 2 c. 1.1, D.Lgs. 149/2022), by pseudonymous code.</summary>
/// <param name="Judges">The judges of the panel that adopted the provision.</param>
/// <param name="CourtExperts">The court-appointed experts.</param>
/// <param name="SocialWorkers">The social workers who acted in the proceeding.</param>
public sealed record ProceedingParticipants(
    ValueArray<PersonCode> Judges = default,
    ValueArray<PersonCode> CourtExperts = default,
    ValueArray<PersonCode> SocialWorkers = default)
{
    /// <summary>Every participant with their role, judges first.</summary>
    public IEnumerable<(PersonCode Person, ParticipantRole Role)> All()
    {
        foreach (var judge in Judges)
        {
            yield return (judge, ParticipantRole.Judge);
        }
        foreach (var expert in CourtExperts)
        {
            yield return (expert, ParticipantRole.CourtExpert);
        }
        foreach (var worker in SocialWorkers)
        {
            yield return (worker, ParticipantRole.SocialWorker);
        }
    }
}
