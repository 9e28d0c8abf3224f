namespace Affido.Rules;

/// <summary>
/// The Italian templates of every message of Affido.Rules, keyed by code (see <see cref="RuleMessages"/> for variants
/// <c>code:variant</c> and fragments <c>group:name</c>). Dates are written 16/03/2026 and amounts 1.234,50 € by
/// <see cref="Affido.Domain.MessageFormat"/>; the court is "tribunale per i minorenni".
/// </summary>
internal static class ItalianMessages
{
    /// <summary>The templates.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Findings about a placement
        ["consent.parents.missing"] = "Affidamento consensuale senza il consenso scritto dei genitori esercenti la responsabilità genitoriale.",
        ["consent.parents.missing:guardian"] = "Affidamento consensuale senza il consenso scritto del tutore.",
        ["consent.minor.missing"] = "Il minore {minor}, che ha compiuto 14 anni il {birthday}, non ha dato il consenso scritto all'affidamento.",
        ["hearing.minor.missing"] = "Il minore {minor}, che ha compiuto 12 anni il {birthday}, non è stato ascoltato.",
        ["hearing.minor.missing:discernment"] = "Il minore {minor}, di età inferiore a 12 anni ma capace di discernimento, non è stato ascoltato.",
        ["commitment.carers.missing"] = "Manca l'atto di impegno sottoscritto dagli affidatari.",
        ["decree.guardianship-judge.missing"] = "Affidamento consensuale senza il decreto di esecutività del giudice tutelare.",
        ["decree.juvenile-court.missing"] = "Affidamento giudiziale senza il decreto del tribunale per i minorenni.",
        ["urgent.documents.pending"] = "Affidamento d'urgenza: documenti da acquisire entro il {due}: {documents}.",
        ["urgent.documents.overdue"] = "Affidamento d'urgenza: documenti non acquisiti entro il {due}: {documents}.",
        ["duration.missing"] = "Il progetto non indica la durata presumibile dell'affidamento (elemento a).",
        ["duration.exceeds-maximum"] = "La durata presumibile ({duration}, fino al {end}) supera i 24 mesi (massimo {maximum}) e nessuna proroga del tribunale per i minorenni su richiesta del pubblico ministero per grave pregiudizio la copre fino a quella data.",
        ["duration.exceeds-maximum:before-cartabia"] = "La durata presumibile ({duration}, fino al {end}) supera i 24 mesi (massimo {maximum}) e nessuna proroga del tribunale per i minorenni la copre fino a quella data.",
        ["duration.extension-signal-due"] = "L'affidamento termina il {end} e il servizio sociale non ha segnalato al pubblico ministero presso il tribunale per i minorenni l'eventuale necessità di proroga (attesa dal {from}): la proroga è disposta solo su sua richiesta.",
        ["duration.expiring"] = "L'affidamento scade il {end}.",
        ["duration.expired"] = "L'affidamento è scaduto il {end} ed è ancora in corso senza proroga.",
        ["minor.comes-of-age"] = "Il minore {minor} compie 18 anni il {birthday}, prima della fine prevista ({end}): la prosecuzione fino a 21 anni richiede il provvedimento del tribunale per i minorenni.",
        ["verification.cadence-too-long"] = "La cadenza delle verifiche del progetto ({cadence}) supera i tre mesi.",
        ["verification.overdue"] = "Nessuna verifica dal {last}: era dovuta entro il {due}.",
        ["verification.overdue:since-start"] = "Nessuna verifica dall'avvio: era dovuta entro il {due}.",
        ["court-report.overdue"] = "Relazione semestrale al giudice tutelare non inviata: era dovuta entro il {due}.",
        ["court-report.overdue:juvenile-court"] = "Relazione semestrale al tribunale per i minorenni non inviata: era dovuta entro il {due}.",
        ["plan.element-missing"] = "Nel progetto manca l'elemento {letter}): {element}.",
        ["plan.signature-missing"] = "Manca la firma del progetto {signatory}.",

        // Findings about a case
        ["siblings.separated"] = "Fratelli del gruppo {group} collocati presso affidatari diversi ({siblings}) senza controindicazioni espresse e motivate nel progetto o nel provvedimento del tribunale per i minorenni.",
        ["siblings.separated:outside-case"] = "Fratelli collocati separatamente ({siblings}) senza controindicazioni espresse e motivate nel progetto o nel provvedimento del tribunale per i minorenni.",

        // The registry
        ["registry.consent-missing"] = "Il nucleo affidatario {carer} non ha dato il consenso informato al trattamento dei dati: è escluso da ogni ricerca.",

        // Judicial timelines and bars
        ["urgent-removal.transmission-overdue"] = "Il provvedimento di collocamento in luogo sicuro non è stato trasmesso al pubblico ministero presso il tribunale per i minorenni entro 24 ore: termine {due} ({due-offset}), scaduto da allora; {when}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
        ["urgent-removal.validation-request-overdue"] = "Il pubblico ministero non ha chiesto la convalida al tribunale per i minorenni entro le 72 ore successive alla trasmissione: termine {due} ({due-offset}), scaduto da allora; {when}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
        ["urgent-removal.validation-overdue"] = "Il tribunale per i minorenni non ha provveduto sulla convalida entro le 48 ore successive alla richiesta: termine {due} ({due-offset}), scaduto da allora; {when}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
        ["urgent-removal.hearing-overdue"] = "L'udienza di comparizione delle parti non si è tenuta entro 15 giorni dal decreto di convalida: termine {due} ({due-offset}), scaduto da allora; {when}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
        ["urgent-removal.decree-overdue"] = "Il tribunale per i minorenni in composizione collegiale non ha pronunciato il decreto entro 15 giorni dall'udienza: termine {due} ({due-offset}), scaduto da allora; {when}. Il provvedimento perde efficacia (art. 403 ult. c. c.c.).",
        ["informal-hosting.report-due"] = "Chi non è parente entro il quarto grado ospita stabilmente il minore dal {since}, da più di sei mesi (dal {from}), senza averlo segnalato al procuratore della Repubblica presso il tribunale per i minorenni.",
        ["carer.conflict-of-interest"] = "Gli affidatari {carer} sono {kinship} di {degree} grado {role} {participant} nel medesimo procedimento: il minore non può essere loro affidato.",
        ["proceeding.carers-not-convened"] = "Nel procedimento {proceeding} in materia di {matter} gli affidatari {carer} non sono stati convocati: il procedimento è nullo.",
        ["service-placement.element-missing"] = "Affidamento al servizio sociale: manca o non è conforme l'elemento {element}.",

        // Contributions
        ["contribution.monthly.none"] = "Affidamento consensuale parentale o diretto: nessun contributo senza valutazione di difficoltà economica approvata dall'Ufficio di Piano.",
        ["contribution.monthly.flat"] = "Contributo mensile forfetario {arrangement}: {amount} per {days} giorni su {month-days}, da versare entro il {due}.",
        ["contribution.monthly.hardship"] = "Contributo per difficoltà economica approvato il {approved}: {amount} per {days} giorni su {month-days}, da versare entro il {due}.",
        ["contribution.extraordinary.not-entitled"] = "Affidamento consensuale parentale o diretto senza difficoltà economica approvata: nessun contributo straordinario.",
        ["contribution.extraordinary.not-approved-in-advance"] = "La spesa non è stata approvata preventivamente dall'Ufficio di Piano.",
        ["contribution.extraordinary.not-documented"] = "Il contributo è liquidato dopo la presentazione della fattura o di altro documento fiscale.",
        ["contribution.extraordinary.cap-reached"] = "Il tetto annuo di {cap} è già raggiunto.",
        ["contribution.extraordinary.payable"] = "Contributo straordinario di {amount} (spesa documentata {documented}, preventivo approvato {quoted}, tetto residuo {remaining}).",

        // Validazione dei fatti: ogni messaggio si legge dopo il percorso dell'errore ("Placements: Deve comprendere...")
        // e non ripete mai il valore dato (il chiamante lo conosce; una data o un codice possono essere dati personali).
        ["case.placements.empty"] = "Deve comprendere almeno un affidamento.",
        ["rules.extension-before-start"] = "Non deve terminare prima dell'inizio dell'affidamento.",
        ["rules.duration-not-positive-from-start"] = "Deve terminare dopo l'inizio dell'affidamento: contata dall'inizio, porta allo stesso giorno o a uno precedente.",
        ["period.out-of-range:counted-from"] = "È troppo lungo: contato {from}, va oltre il {latest}, l'ultima data ammessa.",
        ["informal-hosting.degree-not-positive"] = "Deve essere almeno 1; va lasciato vuoto se chi ospita non è parente.",
        ["informal-hosting.date-before-start"] = "Non deve precedere l'inizio dell'ospitalità.",
        ["service-placement.length-invalid"] = "Deve essere maggiore di zero, in anni, mesi, settimane o giorni.",
        ["service-placement.date-out-of-order"] = "Non deve precedere la data del provvedimento.",
        ["urgent-removal.step-missing"] = "È registrato, ma manca un passaggio precedente: {step} ({member}).",
        ["urgent-removal.step-out-of-order"] = "Ha una data anteriore a un passaggio precedente: {step} ({member}).",

        // Validazione della politica dell'ambito
        ["policy.amount-negative"] = "Non deve essere negativo.",
        ["policy.amount-too-large"] = "Non deve superare {max}.",
        ["policy.amount-not-cents"] = "Deve essere un numero intero di centesimi.",
        ["policy.part-time-above-full-time"] = "Non deve superare il contributo mensile a tempo pieno.",
        ["policy.due-day-out-of-range"] = "Deve essere un giorno presente in ogni mese, da {min} a {max}.",
        ["policy.window-not-positive"] = "Deve essere maggiore di zero, in anni, mesi, settimane o giorni, senza unità negative.",
        ["policy.window-too-long"] = "Non deve superare {max}.",

        // Fragments
        ["document:parents-consent"] = "consenso scritto dei genitori",
        ["document:guardian-consent"] = "consenso scritto del tutore",
        ["document:minor-consent"] = "consenso scritto del minore {minor}",
        ["document:carers-commitment"] = "atto di impegno degli affidatari",
        ["document:guardianship-judge-decree"] = "decreto del giudice tutelare",
        ["document:juvenile-court-decree"] = "decreto del tribunale per i minorenni",
        ["plan-element:b"] = "gli obiettivi dell'affido",
        ["plan-element:c"] = "le modalità e la frequenza dei rapporti",
        ["plan-element:d"] = "gli impegni della famiglia di origine",
        ["plan-element:e"] = "gli impegni degli affidatari",
        ["plan-element:f"] = "gli impegni del servizio sociale con la cadenza delle verifiche",
        ["plan-element:g"] = "gli impegni del servizio affidi",
        ["plan-element:h"] = "l'atto di consenso o il riferimento al decreto",
        ["signatory:social-service"] = "del servizio sociale",
        ["signatory:carers"] = "degli affidatari",
        ["signatory:foster-care-service"] = "del servizio affidi",
        ["participant:judge"] = "del giudice del collegio",
        ["participant:court-expert"] = "del consulente tecnico d'ufficio",
        ["participant:social-worker"] = "dell'assistente sociale",
        ["kinship:blood"] = "parenti",
        ["kinship:affinity"] = "affini",
        ["matter:parental-responsibility"] = "responsabilità genitoriale",
        ["matter:placement"] = "affidamento",
        ["matter:adoptability"] = "adottabilità",
        ["service-placement-element:a"] = "a) il soggetto presso il quale il minore è collocato",
        ["service-placement-element:b"] = "b) gli atti che il servizio sociale deve compiere direttamente",
        ["service-placement-element:c"] = "c) gli atti che può compiere il collocatario",
        ["service-placement-element:d"] = "d) gli atti che possono compiere i genitori",
        ["service-placement-element:e"] = "e) gli atti che può compiere il curatore nominato",
        ["service-placement-element:f"] = "f) i compiti affidati al servizio sociale",
        ["service-placement-element:g-missing"] = "g) la durata dell'affidamento",
        ["service-placement-element:g-too-long"] = "g) una durata non superiore a 24 mesi: termina il {end}, oltre il {maximum}",
        ["service-placement-element:h-missing"] = "h) la periodicità delle relazioni al tribunale per i minorenni",
        ["service-placement-element:h-too-long"] = "h) relazioni al tribunale per i minorenni almeno ogni 6 mesi",
        ["service-placement-element:responsible-not-named"] = "c. 4) la comunicazione del nominativo del responsabile dell'affidamento entro 15 giorni dalla notifica (entro il {due})",
        ["step:happened"] = "avvenuto il {at} ({at-offset})",
        ["step:not-happened"] = "non ancora avvenuto",
        ["arrangement:full-time"] = "a tempo pieno",
        ["arrangement:part-time"] = "a tempo parziale",
        ["counted-from:placement-start"] = "dall'inizio dell'affidamento",
        ["counted-from:order-date"] = "dalla data del provvedimento",
        ["urgent-removal-step:placed-in-safety"] = "il provvedimento di collocamento in luogo sicuro",
        ["urgent-removal-step:transmission-to-prosecutor"] = "la trasmissione del provvedimento al pubblico ministero",
        ["urgent-removal-step:validation-request"] = "la richiesta di convalida del pubblico ministero",
        ["urgent-removal-step:validation-decree"] = "il decreto di convalida",
        ["urgent-removal-step:hearing"] = "l'udienza di comparizione delle parti",
        ["urgent-removal-step:collegial-decree"] = "il decreto del tribunale per i minorenni in composizione collegiale",
    };
}
