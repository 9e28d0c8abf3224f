using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>One conflict of interest: a participant of the proceeding to whom the carers are related within the 4th degree.</summary>
/// <param name="Participant">The participant's code.</param>
/// <param name="Role">Their role in the proceeding.</param>
/// <param name="Relation">How the carers are related to them (degree and kind).</param>
public sealed record ConflictOfInterest(PersonCode Participant, ParticipantRole Role, Relative Relation);

/// <summary>
/// <c>carer.conflict-of-interest</c> (Error): the minor cannot be placed with carers who are relatives or in-laws within
/// the 4th degree of a judge of the panel that adopted the provision, of the court expert or of a social worker of the
/// same proceeding (L. 184/1983 art. 2 c. 1.1, inserted by D.Lgs. 149/2022 art. 28).
/// </summary>
/// <remarks>
/// The carers' relations are <see cref="FosterCarer.Relatives"/>, computed with <see cref="KinshipCalculator.RelativesOf"/>
/// for each member of the household. Blood and affinity count alike (art. 76 and 78 c.c.); a 5th-degree relation does
/// not. The bar applies to provisions dated from 28 February 2023 (<see cref="RuleValidity.SinceCartabia"/>); before,
/// no finding. One finding per participant concerned.
/// </remarks>
public static class ConflictOfInterestRule
{
    /// <summary>The finding code; also the reason code the matching filter uses to exclude such carers.</summary>
    public const string Code = "carer.conflict-of-interest";

    /// <summary>The legal source.</summary>
    public const string Source = "L. 184/1983 art. 2 c. 1.1 (D.Lgs. 149/2022)";

    /// <summary>The version's validity: since 28 February 2023.</summary>
    public static RuleValidity Validity => RuleValidity.SinceCartabia;

    /// <summary>Every participant the carers are related to within the 4th degree (the closest relation each), whatever the date.</summary>
    /// <param name="carer">The carers.</param>
    /// <param name="participants">The proceeding's participants.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<ConflictOfInterest> ConflictsOf(FosterCarer carer, ProceedingParticipants participants)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(participants);
        var conflicts = new List<ConflictOfInterest>();
        foreach (var (person, role) in participants.All())
        {
            Relative? closest = null;
            foreach (var relative in carer.Relatives)
            {
                if (relative.Person == person && relative.IsWithinFourthDegree
                    && (closest is null || relative.Degree < closest.Degree || (relative.Degree == closest.Degree && relative.Kind < closest.Kind)))
                {
                    closest = relative;
                }
            }
            if (closest is not null)
            {
                conflicts.Add(new ConflictOfInterest(person, role, closest));
            }
        }
        return conflicts;
    }

    /// <summary>The findings about placing a minor with <paramref name="carer"/> by a provision dated <paramref name="provisionDate"/>.</summary>
    /// <param name="carer">The carers.</param>
    /// <param name="participants">The proceeding's participants.</param>
    /// <param name="provisionDate">The date of the provision that places (or would place) the minor.</param>
    /// <param name="minor">The minor, when the caller wants it on the findings.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEnumerable<Finding> Evaluate(FosterCarer carer, ProceedingParticipants participants, LocalDate provisionDate, MinorCode? minor = null)
    {
        ArgumentNullException.ThrowIfNull(carer);
        ArgumentNullException.ThrowIfNull(participants);
        if (!Validity.AppliesTo(provisionDate))
        {
            return [];
        }
        return ConflictsOf(carer, participants).Select(c => ToFinding(carer, c, provisionDate, minor)).ToArray();
    }

    private static Finding ToFinding(FosterCarer carer, ConflictOfInterest conflict, LocalDate provisionDate, MinorCode? minor)
    {
        var (roleIt, roleEn) = conflict.Role switch
        {
            ParticipantRole.Judge => ("del giudice del collegio", "of the judge on the panel"),
            ParticipantRole.CourtExpert => ("del consulente tecnico d'ufficio", "of the court expert"),
            _ => ("dell'assistente sociale", "of the social worker"),
        };
        var (kindIt, kindEn) = conflict.Relation.Kind == KinshipKind.Blood ? ("parenti", "relatives") : ("affini", "in-laws");
        var message = new BilingualText(
            $"Gli affidatari {carer.Code} sono {kindIt} di {conflict.Relation.Degree}° grado {roleIt} {conflict.Participant} nel medesimo procedimento: il minore non può essere loro affidato.",
            $"The carers {carer.Code} are {kindEn} in the {conflict.Relation.Degree}{Ordinal(conflict.Relation.Degree)} degree {roleEn} {conflict.Participant} in the same proceeding: the minor cannot be placed with them.");
        return new Finding(Code, Severity.Error, message, Source, [new FindingDate(FindingDateRole.Provision, provisionDate)], minor);
    }

    private static string Ordinal(int n) => n switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
