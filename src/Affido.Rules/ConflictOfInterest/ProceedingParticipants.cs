using Affido.Domain;

namespace Affido.Rules;

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
    /// <returns>The participants.</returns>
    public IEnumerable<(PersonCode Person, ParticipantRole Role)> All()
        => Judges.Select(p => (p, ParticipantRole.Judge))
            .Concat(CourtExperts.Select(p => (p, ParticipantRole.CourtExpert)))
            .Concat(SocialWorkers.Select(p => (p, ParticipantRole.SocialWorker)));
}
