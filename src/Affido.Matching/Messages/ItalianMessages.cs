using static Affido.Matching.MessageKeys;

namespace Affido.Matching;

/// <summary>The Italian texts of Affido.Matching, keyed by code (see <see cref="MatchingMessages"/>).</summary>
internal static class ItalianMessages
{
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Hard filters: why a carer is excluded.
        [Filter(HardFilter.Consent)] = "senza consenso al trattamento dei dati: la famiglia non è ricercabile",
        [Filter(HardFilter.Status)] = "non idonea (o ancora in valutazione)",
        [Filter(HardFilter.Availability)] = "non disponibile alla data di avvio prevista",
        [Filter(HardFilter.FormAndArrangement)] = "forma o tempo di affido non accettati",
        [Filter(HardFilter.Places)] = "posti liberi insufficienti per i minori della richiesta",
        [Filter(HardFilter.AgeRange)] = "età di un minore fuori dalla fascia accettata",
        [Filter(HardFilter.Needs)] = "bisogni oltre il livello accettato",
        [Filter(HardFilter.Protection)] = "vincolo di tutela: troppo vicina alla famiglia d'origine (stesso comune o ambito)",
        [Filter(HardFilter.Kinship)] = "non parente dei minori entro il 4° grado",
        [Filter(HardFilter.ConflictOfInterest)] = "conflitto di interessi: parente o affine entro il 4° grado di un giudice, del consulente tecnico o di un assistente sociale del procedimento",

        // Soft criteria.
        [Criterion(Matching.Criterion.OriginProximity)] = "vicinanza alla famiglia d'origine",
        [Criterion(Matching.Criterion.SchoolProximity)] = "vicinanza alla scuola",
        [Criterion(Matching.Criterion.Language)] = "lingue dei minori",
        [Criterion(Matching.Criterion.Background)] = "background culturale o religioso",
        [Criterion(Matching.Criterion.Experience)] = "esperienza (affidi precedenti, formazione)",
        [Criterion(Matching.Criterion.HouseholdFit)] = "composizione del nucleo (età dei figli)",
        [Criterion(Matching.Criterion.DurationAvailability)] = "disponibilità per tutta la durata prevista",
        [Criterion(Matching.Criterion.Kinship)] = "parentela (entro il 4° grado)",
        [Criterion(Matching.Criterion.WaitingTime)] = "tempo di attesa della famiglia",

        // Validation of requests.
        [ValidationCodes.Required] = "Il valore è obbligatorio.",
        [ValidationCodes.DateOutOfRange] = "La data è fuori dall'intervallo gestito (dal 01/01/1900 al 31/12/2199).",
        [ValidationCodes.PeriodTimeUnits] = "La durata va espressa in anni, mesi, settimane e giorni, senza ore.",
        [ValidationCodes.PeriodOutOfRange] = "La data di avvio più la durata prevista va oltre l'intervallo gestito (fino al 31/12/2199).",
        [MatchValidationCodes.RequestIdMissing] = "La richiesta non ha un identificativo.",
        [MatchValidationCodes.RequestMinorsMissing] = "La richiesta deve indicare almeno un minore.",
        [MatchValidationCodes.RequestMinorsDuplicate] = "Lo stesso minore compare due volte nella richiesta.",
        [MatchValidationCodes.RequestMinorsNotSiblings] = "Più minori in una richiesta devono essere un solo gruppo di fratelli (lo stesso identificativo di gruppo).",
        [MatchValidationCodes.SiblingsContraindicatedTogether] = "È indicata una controindicazione all'affido congiunto di questi fratelli (Reg. art. 4): inviare una richiesta per ciascun minore.",
        [MatchValidationCodes.RequestMinorNotBorn] = "La data di nascita di un minore è successiva alla data di avvio prevista.",
        [MatchValidationCodes.RequestMinorNotAMinor] = "Una persona della richiesta è maggiorenne alla data di avvio prevista.",
        [MatchValidationCodes.RequestDurationNotPositive] = "La durata prevista deve essere positiva (L. 184/1983 art. 4 c. 4).",
        [MatchValidationCodes.RequestFamilyOfOriginMissing] = "Manca il comune della famiglia d'origine.",
        [MatchValidationCodes.RequestProtectionDistrictUnknown] = "Il vincolo 'non nello stesso ambito' richiede l'ambito della famiglia d'origine.",
        [MatchValidationCodes.RequestProtectionUndefined] = "Il vincolo di tutela non è un valore previsto.",
        [MatchValidationCodes.RequestFormUndefined] = "La forma di affido non è un valore previsto.",
        [MatchValidationCodes.RequestArrangementUndefined] = "Il tempo di affido non è un valore previsto.",
        [MatchValidationCodes.RequestLanguageEmpty] = "Una lingua della richiesta è vuota.",
        [MatchValidationCodes.RequestBackgroundEmpty] = "Un background della richiesta è vuoto.",
        [MatchValidationCodes.RequestConflictingPersonEmpty] = "Il codice di una persona in conflitto di interessi è vuoto.",

        // Validation of decisions.
        [MatchValidationCodes.DecisionRequestMissing] = "La decisione non indica la richiesta.",
        [MatchValidationCodes.DecisionCarerMissing] = "Manca il codice della famiglia scelta.",
        [MatchValidationCodes.DecisionRankInvalid] = "La posizione parte da 1 (o manca se la famiglia non era nell'elenco).",
        [MatchValidationCodes.DecisionReasonMissing] = "La scelta di una famiglia che non era prima, o non era nell'elenco, richiede una motivazione.",

        // Validation of options.
        [MatchValidationCodes.OptionsWeightOutOfRange] = "Il peso deve essere un numero da 0 a 1000.",
        [MatchValidationCodes.OptionsWeightsAllZero] = "Almeno un peso deve essere positivo.",
        [MatchValidationCodes.OptionsConstantOutOfRange] = "La costante è fuori dall'intervallo consentito.",
    };
}
