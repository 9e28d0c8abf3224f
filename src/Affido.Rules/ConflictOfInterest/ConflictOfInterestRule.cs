using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>
/// <c>carer.conflict-of-interest</c> (Error): the minor cannot be placed with carers who are relatives or in-laws within
/// the 4th degree of a judge of the panel that adopted the provision, of the court expert or of a social worker of the
/// same proceeding (L. 184/1983 art. 2 c. 1.1, inserted by D.Lgs. 149/2022 art. 28).
/// </summary>
/// <remarks>
/// The carers' relations are the household's merged relatives (<see cref="KinshipCalculator.RelativesOfHousehold"/>).
/// Blood and affinity count alike (art. 76 and 78 c.c.); a 5th-degree relation does not. The bar applies to provisions
/// dated from 28 February 2023 (<see cref="RuleValidity.SinceCartabia"/>). One finding per participant concerned, with
/// the closest relation.
/// </remarks>
internal sealed class ConflictOfInterestRule() : Rule<ProposedPlacement>(RuleValidity.SinceCartabia, Conflict)
{
    public static FindingKind Conflict { get; } = new(RuleCodes.CarerConflictOfInterest, Severity.Error, LegalSources.ConflictOfInterest);

    public override LocalDate ProvisionDate(ProposedPlacement facts, RuleContext context) => facts.ProvisionDate;

    public override IEnumerable<Finding> Evaluate(ProposedPlacement facts, RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var (person, role) in facts.Participants.All())
        {
            var closest = facts.Relatives
                .Where(r => r.Person == person && r.IsWithinFourthDegree)
                .OrderBy(r => r.Degree).ThenBy(r => r.Kind)
                .FirstOrDefault();
            if (closest is null)
            {
                continue;
            }
            var message = RuleMessages.Render(
                Conflict.Code,
                MessageArgument.Text("carer", facts.Carer.Value),
                MessageArgument.Words("kinship", RuleMessages.Render(RuleMessages.Fragment("kinship", closest.Kind == KinshipKind.Blood ? "blood" : "affinity"))),
                MessageArgument.Ordinal("degree", closest.Degree),
                MessageArgument.Words("role", RuleMessages.Render(RuleMessages.Fragment("participant", RoleName(role)))),
                MessageArgument.Text("participant", person.Value));
            findings.Add(Conflict.Create(message, [new(FindingDateRole.Provision, facts.ProvisionDate)], facts.Minor, facts.Carer));
        }
        return findings;
    }

    private static string RoleName(ParticipantRole role) => role switch
    {
        ParticipantRole.Judge => "judge",
        ParticipantRole.CourtExpert => "court-expert",
        _ => "social-worker",
    };
}
