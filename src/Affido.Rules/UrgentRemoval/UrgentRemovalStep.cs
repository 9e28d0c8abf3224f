namespace Affido.Rules;

/// <summary>
/// The steps of an urgent removal (allontanamento d'urgenza, art. 403 c.c. as replaced by L. 206/2021 art. 1 c. 27), in
/// the order the law chains them: each step's term runs from the previous one.
/// </summary>
public enum UrgentRemovalStep
{
    /// <summary>The public authority places the minor in safety (collocamento in luogo sicuro): the start of the chain, no term.</summary>
    PlacedInSafety = 0,

    /// <summary>The authority sends its order and the documents to the public prosecutor at the juvenile court: within 24 hours of placing in safety (art. 403 c. 2 c.c.).</summary>
    TransmissionToProsecutor = 1,

    /// <summary>The prosecutor, unless revoking the placement, asks the juvenile court to validate: within the following 72 hours (art. 403 c. 3 c.c.).</summary>
    ValidationRequest = 2,

    /// <summary>The court (its president or a delegated judge) rules on validation by decree and sets the hearing: within the following 48 hours (art. 403 c. 4 c.c.).</summary>
    ValidationDecree = 3,

    /// <summary>The hearing of the parties: within 15 days of the validation decree (art. 403 c. 4 c.c.).</summary>
    Hearing = 4,

    /// <summary>The court, sitting as a panel, confirms, modifies or revokes the validation: within 15 days of the hearing (art. 403 c. 5 c.c.).</summary>
    CollegialDecree = 5,
}
