namespace Affido.Rules;

/// <summary>
/// The English templates of every message of Affido.Rules, keyed by code (see <see cref="RuleMessages"/> for variants
/// <c>code:variant</c> and fragments <c>group:name</c>). Dates are written 2026-03-16 and amounts EUR 1,234.50 by
/// <see cref="Affido.Domain.MessageFormat"/>; the tribunale per i minorenni is "the juvenile court" and the giudice
/// tutelare "the guardianship judge".
/// </summary>
internal static class EnglishMessages
{
    /// <summary>The templates.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Findings about a placement
        ["consent.parents.missing"] = "Consensual placement without the written consent of the parents holding parental responsibility.",
        ["consent.parents.missing:guardian"] = "Consensual placement without the guardian's written consent.",
        ["consent.minor.missing"] = "Minor {minor}, aged 14 since {birthday}, has not consented to the placement in writing.",
        ["hearing.minor.missing"] = "Minor {minor}, aged 12 since {birthday}, has not been heard.",
        ["hearing.minor.missing:discernment"] = "Minor {minor}, under 12 but capable of discernment, has not been heard.",
        ["commitment.carers.missing"] = "The carers' signed commitment (atto di impegno) is missing.",
        ["decree.guardianship-judge.missing"] = "Consensual placement without the decree of the guardianship judge that makes it executive.",
        ["decree.juvenile-court.missing"] = "Judicial placement without the decree of the juvenile court.",
        ["urgent.documents.pending"] = "Urgent placement: documents to acquire by {due}: {documents}.",
        ["urgent.documents.overdue"] = "Urgent placement: documents not acquired by {due}: {documents}.",
        ["duration.missing"] = "The plan does not state the presumed duration of the placement (element a).",
        ["duration.exceeds-maximum"] = "The presumed duration ({duration}, until {end}) exceeds 24 months (maximum {maximum}) and no extension by the juvenile court on the public prosecutor's request for serious harm covers it up to that date.",
        ["duration.exceeds-maximum:before-cartabia"] = "The presumed duration ({duration}, until {end}) exceeds 24 months (maximum {maximum}) and no extension by the juvenile court covers it up to that date.",
        ["duration.extension-signal-due"] = "The placement ends on {end} and the social service has not signalled to the public prosecutor at the juvenile court that an extension may be needed (expected from {from}): the court extends only on the prosecutor's request.",
        ["duration.expiring"] = "The placement expires on {end}.",
        ["duration.expired"] = "The placement expired on {end} and is still running without an extension.",
        ["minor.comes-of-age"] = "Minor {minor} turns 18 on {birthday}, before the planned end ({end}): continuing up to 21 needs a decree of the juvenile court.",
        ["verification.cadence-too-long"] = "The plan's verification cadence ({cadence}) is longer than three months.",
        ["verification.overdue"] = "No verification since {last}: one was due by {due}.",
        ["verification.overdue:since-start"] = "No verification since the start: one was due by {due}.",
        ["court-report.overdue"] = "Six-monthly report to the guardianship judge not sent: it was due by {due}.",
        ["court-report.overdue:juvenile-court"] = "Six-monthly report to the juvenile court not sent: it was due by {due}.",
        ["plan.element-missing"] = "The plan lacks element {letter}): {element}.",
        ["plan.signature-missing"] = "The plan lacks the signature {signatory}.",

        // Findings about a case
        ["siblings.separated"] = "Siblings of group {group} placed with different carers ({siblings}) without a reasoned contraindication stated in the plan or in the juvenile court's decree.",
        ["siblings.separated:outside-case"] = "Siblings placed apart ({siblings}) without a reasoned contraindication stated in the plan or in the juvenile court's decree.",

        // The registry
        ["registry.consent-missing"] = "Carer {carer} has not given informed consent to data processing: excluded from every search.",

        // Judicial timelines and bars
        ["urgent-removal.transmission-overdue"] = "The order placing the minor in safety was not sent to the public prosecutor at the juvenile court within 24 hours: due by {due} ({due-offset}), overdue since then; {when}. The order loses efficacy (art. 403 last para. c.c.).",
        ["urgent-removal.validation-request-overdue"] = "The public prosecutor did not ask the juvenile court for validation within 72 hours of the transmission: due by {due} ({due-offset}), overdue since then; {when}. The order loses efficacy (art. 403 last para. c.c.).",
        ["urgent-removal.validation-overdue"] = "The juvenile court did not rule on validation within 48 hours of the request: due by {due} ({due-offset}), overdue since then; {when}. The order loses efficacy (art. 403 last para. c.c.).",
        ["urgent-removal.hearing-overdue"] = "The hearing of the parties was not held within 15 days of the validation decree: due by {due} ({due-offset}), overdue since then; {when}. The order loses efficacy (art. 403 last para. c.c.).",
        ["urgent-removal.decree-overdue"] = "The juvenile court sitting as a panel did not issue its decree within 15 days of the hearing: due by {due} ({due-offset}), overdue since then; {when}. The order loses efficacy (art. 403 last para. c.c.).",
        ["informal-hosting.report-due"] = "A person who is not a relative within the 4th degree has hosted the minor since {since}, for more than six months (since {from}), without reporting it to the public prosecutor at the juvenile court.",
        ["carer.conflict-of-interest"] = "The carers {carer} are {kinship} in the {degree} degree {role} {participant} in the same proceeding: the minor cannot be placed with them.",
        ["proceeding.carers-not-convened"] = "In proceeding {proceeding} on {matter} the carers {carer} were not convened: the proceeding is null.",
        ["service-placement.element-missing"] = "Placement with the social service: the order lacks or gets wrong the element {element}.",

        // Contributions
        ["contribution.monthly.none"] = "Consensual kinship or direct placement: no contribution without a hardship assessment approved by the district office.",
        ["contribution.monthly.flat"] = "Monthly flat {arrangement} contribution: {amount} for {days} of {month-days} days, due by {due}.",
        ["contribution.monthly.hardship"] = "Hardship contribution approved on {approved}: {amount} for {days} of {month-days} days, due by {due}.",
        ["contribution.extraordinary.not-entitled"] = "Consensual kinship or direct placement without an approved hardship: no extraordinary contribution.",
        ["contribution.extraordinary.not-approved-in-advance"] = "The expense was not approved in advance by the district office.",
        ["contribution.extraordinary.not-documented"] = "The contribution is paid once the invoice or another fiscal document is shown.",
        ["contribution.extraordinary.cap-reached"] = "The annual cap of {cap} is already reached.",
        ["contribution.extraordinary.payable"] = "Extraordinary contribution of {amount} (documented {documented}, approved quote {quoted}, cap left {remaining}).",

        // Validation of the facts: each message reads after the failure's path ("Placements: Must hold...") and never
        // repeats the value given (the caller has it; a date or a code may be personal data).
        ["case.placements.empty"] = "Must hold at least one placement.",
        ["rules.extension-before-start"] = "Must not end before the start of the placement.",
        ["rules.duration-not-positive-from-start"] = "Must end after the start of the placement: counted from the start, it reaches the same day or an earlier one.",
        ["period.out-of-range:counted-from"] = "Is too long: counted {from}, it reaches beyond {latest}, the last supported date.",
        ["informal-hosting.degree-not-positive"] = "Must be 1 or more; leave it empty when the host is not a relative.",
        ["informal-hosting.date-before-start"] = "Must not be before the start of the hosting.",
        ["service-placement.length-invalid"] = "Must be longer than zero, in years, months, weeks or days.",
        ["service-placement.date-out-of-order"] = "Must not be before the date of the order.",
        ["urgent-removal.step-missing"] = "Is recorded, but an earlier step is not: {step} ({member}).",
        ["urgent-removal.step-out-of-order"] = "Is dated before an earlier step: {step} ({member}).",

        // Validation of the district policy
        ["policy.amount-negative"] = "Must not be negative.",
        ["policy.amount-too-large"] = "Must not exceed {max}.",
        ["policy.amount-not-cents"] = "Must be a whole number of cents.",
        ["policy.part-time-above-full-time"] = "Must not exceed the full-time monthly contribution.",
        ["policy.due-day-out-of-range"] = "Must be a day that every month has, from {min} to {max}.",
        ["policy.window-not-positive"] = "Must be longer than zero, in years, months, weeks or days, with no unit below zero.",
        ["policy.window-too-long"] = "Must not be longer than {max}.",

        // Fragments
        ["document:parents-consent"] = "the parents' written consent",
        ["document:guardian-consent"] = "the guardian's written consent",
        ["document:minor-consent"] = "the written consent of minor {minor}",
        ["document:carers-commitment"] = "the carers' signed commitment",
        ["document:guardianship-judge-decree"] = "the decree of the guardianship judge",
        ["document:juvenile-court-decree"] = "the decree of the juvenile court",
        ["plan-element:b"] = "the goals of the placement",
        ["plan-element:c"] = "how and how often the parties meet",
        ["plan-element:d"] = "the commitments of the family of origin",
        ["plan-element:e"] = "the commitments of the carers",
        ["plan-element:f"] = "the commitments of the social service with the verification cadence",
        ["plan-element:g"] = "the commitments of the foster-care service",
        ["plan-element:h"] = "the consent act or the reference to the decree",
        ["signatory:social-service"] = "of the social service",
        ["signatory:carers"] = "of the carers",
        ["signatory:foster-care-service"] = "of the foster-care service",
        ["participant:judge"] = "of the judge on the panel",
        ["participant:court-expert"] = "of the court expert",
        ["participant:social-worker"] = "of the social worker",
        ["kinship:blood"] = "relatives",
        ["kinship:affinity"] = "in-laws",
        ["matter:parental-responsibility"] = "parental responsibility",
        ["matter:placement"] = "placement",
        ["matter:adoptability"] = "adoptability",
        ["service-placement-element:a"] = "a) the person or body the minor is placed with",
        ["service-placement-element:b"] = "b) the acts the social service must perform directly",
        ["service-placement-element:c"] = "c) the acts the person the minor is placed with may perform",
        ["service-placement-element:d"] = "d) the acts the parents may perform",
        ["service-placement-element:e"] = "e) the acts the appointed curator may perform",
        ["service-placement-element:f"] = "f) the tasks given to the social service",
        ["service-placement-element:g-missing"] = "g) the duration of the placement",
        ["service-placement-element:g-too-long"] = "g) a duration of at most 24 months: it ends on {end}, after {maximum}",
        ["service-placement-element:h-missing"] = "h) how often the social service reports to the juvenile court",
        ["service-placement-element:h-too-long"] = "h) reports to the juvenile court at least every 6 months",
        ["service-placement-element:responsible-not-named"] = "para. 4) the name of the person responsible, communicated within 15 days of notification (by {due})",
        ["step:happened"] = "it happened on {at} ({at-offset})",
        ["step:not-happened"] = "it has not happened yet",
        ["arrangement:full-time"] = "full-time",
        ["arrangement:part-time"] = "part-time",
        ["counted-from:placement-start"] = "from the start of the placement",
        ["counted-from:order-date"] = "from the date of the order",
        ["urgent-removal-step:placed-in-safety"] = "the order placing the minor in safety",
        ["urgent-removal-step:transmission-to-prosecutor"] = "the transmission of the order to the public prosecutor",
        ["urgent-removal-step:validation-request"] = "the public prosecutor's request for validation",
        ["urgent-removal-step:validation-decree"] = "the validation decree",
        ["urgent-removal-step:hearing"] = "the hearing of the parties",
        ["urgent-removal-step:collegial-decree"] = "the decree of the juvenile court sitting as a panel",
    };
}
