namespace Affido.Domain;

/// <summary>
/// The Italian templates of the domain's validation messages, one per <see cref="ValidationCodes"/> code (see
/// <see cref="DomainMessages"/>), in the same order as <see cref="EnglishMessages"/>: proofreading the Italian is
/// reading this file. Like the English ones, they read after the failure's path and never repeat a value that may be
/// personal.
/// </summary>
internal static class ItalianMessages
{
    /// <summary>The templates by code.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        { ValidationCodes.Required, "Il valore è obbligatorio." },
        { ValidationCodes.TextEmpty, "Non deve essere vuoto." },
        { ValidationCodes.TextBlank, "Se presente, non deve essere vuoto." },
        { ValidationCodes.TextTooLong, "Deve avere al massimo {max} caratteri, ma ne ha {length}." },
        { ValidationCodes.TextInvalidCharacter, "Contiene un carattere non ammesso alla posizione {position} (un carattere di controllo, un surrogato spaiato o U+FFFD, il segno di UTF-8 non valido)." },
        { ValidationCodes.EnumUndefined, "Ha il valore {value}, che non è un valore definito di {type}." },
        { ValidationCodes.PeriodTimeUnits, "Deve essere espresso solo in anni, mesi, settimane e giorni, ma è {period}." },
        { ValidationCodes.PeriodNotPositive, "Deve essere maggiore di zero, senza unità negative, ma è {period}." },
        { ValidationCodes.PeriodOutOfRange, "È troppo lungo: dal {reference} va oltre il {latest}, l'ultima data ammessa." },
        { ValidationCodes.DateOutOfRange, "Deve essere una data dal {earliest} al {latest} nel calendario ISO." },
        { ValidationCodes.CodeEmpty, "Il codice non deve essere vuoto." },
        { ValidationCodes.CodeTooLong, "Il codice deve avere al massimo {max} caratteri, ma ne ha {length}." },
        { ValidationCodes.CodeInvalidCharacter, "Il codice contiene alla posizione {position} un carattere non ammesso (un carattere di controllo, invisibile o separatore, un surrogato spaiato o U+FFFD, il segno di UTF-8 non valido)." },
        { ValidationCodes.LanguageCodeFormat, "Deve essere un codice di lingua ISO 639-1 di due lettere minuscole (ad es. it)." },
        { ValidationCodes.BackgroundTagEmpty, "L'appartenenza culturale o religiosa, se indicata, non deve essere vuota." },
        { ValidationCodes.IstatCodeFormat, "Deve essere un codice ISTAT di comune di sei cifre (ad es. 015189)." },
        { ValidationCodes.IstatCodeProvinceMismatch, "Deve iniziare con il codice della sua provincia, {province}." },
        { ValidationCodes.ProvinceCodeFormat, "Deve essere un codice ISTAT di provincia di tre cifre (ad es. 015)." },
        { ValidationCodes.ProvinceAbbreviationFormat, "Deve essere una sigla di due lettere maiuscole (ad es. MI)." },
        { ValidationCodes.RegionCodeFormat, "Deve essere un codice ISTAT di regione di due cifre (ad es. 03)." },
        { ValidationCodes.LatitudeOutOfRange, "Deve essere una latitudine da {min} a {max} gradi." },
        { ValidationCodes.LongitudeOutOfRange, "Deve essere una longitudine da {min} a {max} gradi." },
        { ValidationCodes.SocialDistrictMembersEmpty, "Deve elencare almeno un comune." },
        { ValidationCodes.SocialDistrictMembersDuplicate, "Non deve elencare due volte lo stesso comune." },
        { ValidationCodes.AgeRangeMinOutOfRange, "Deve essere tra {min} e {max} anni, ma è {value}." },
        { ValidationCodes.AgeRangeMaxOutOfRange, "Deve essere tra {min} e {max} anni, ma è {value}." },
        { ValidationCodes.AgeRangeMinExceedsMax, "Non deve superare l'età massima accettata ({max}), ma è {value}." },
        { ValidationCodes.AvailabilityFormsEmpty, "Deve accettare almeno una forma di affidamento." },
        { ValidationCodes.AvailabilityFormsDuplicate, "Non deve elencare due volte la stessa forma di affidamento." },
        { ValidationCodes.AvailabilityArrangementsEmpty, "Deve accettare il tempo pieno, il tempo parziale o entrambi." },
        { ValidationCodes.AvailabilityArrangementsDuplicate, "Non deve elencare due volte lo stesso regime di tempo." },
        { ValidationCodes.AvailabilityPlacesNotPositive, "Deve essere almeno 1, ma è {value}." },
        { ValidationCodes.AvailabilityUntilBeforeFrom, "Non deve precedere il primo giorno di disponibilità." },
        { ValidationCodes.HouseholdChildBornInFuture, "Non deve essere successiva a oggi." },
        { ValidationCodes.ExperiencePreviousPlacementsNegative, "Deve essere zero o più, ma è {value}." },
        { ValidationCodes.ExperienceTrainingHoursNegative, "Deve essere zero o più, ma è {value}." },
        { ValidationCodes.FosterCareServiceEmailFormat, "Deve essere un indirizzo e-mail come ufficio@example.org." },
        { ValidationCodes.DataProcessingConsentInFuture, "Non deve essere successiva a oggi." },
        { ValidationCodes.RelativeDegreeNotPositive, "Deve essere almeno 1, ma è {value}." },
        { ValidationCodes.PartTimeScheduleDaysEmpty, "Deve indicare almeno un giorno della settimana." },
        { ValidationCodes.PartTimeScheduleDayUndefined, "Deve essere un giorno da lunedì (1) a domenica (7), ma è {value}." },
        { ValidationCodes.PartTimeScheduleDaysDuplicate, "Non deve indicare due volte lo stesso giorno." },
        { ValidationCodes.PartTimeScheduleHoursOutOfRange, "Deve essere tra {min} e {max} ore al giorno, ma è {value}." },
        { ValidationCodes.PlacementMinorsEmpty, "Deve comprendere almeno un minore." },
        { ValidationCodes.PlacementMinorsTooMany, "Deve comprendere al massimo {max} minori, ma ne comprende {count}." },
        { ValidationCodes.PlacementMinorsDuplicateCode, "Non deve comprendere due minori con lo stesso codice." },
        { ValidationCodes.PlacementMinorBornAfterStart, "Non deve essere successiva all'inizio dell'affidamento." },
        { ValidationCodes.PlacementScheduleMissing, "È obbligatorio per un affidamento a tempo parziale." },
        { ValidationCodes.PlacementScheduleUnexpected, "Deve essere assente per un affidamento a tempo pieno." },
        { ValidationCodes.PlacementConsentMinorMissing, "Deve indicare il minore che presta il consenso, per un consenso del minore." },
        { ValidationCodes.PlacementConsentMinorUnknown, "Deve indicare uno dei minori dell'affidamento." },
        { ValidationCodes.PlacementConsentMinorUnexpected, "Deve essere assente per un consenso dei genitori o del tutore." },
        { ValidationCodes.PlacementHearingMinorUnknown, "Deve indicare uno dei minori dell'affidamento." },
        { ValidationCodes.PlacementExtensionUntilBeforeDecree, "Non deve precedere il decreto che concede la proroga." },
        { ValidationCodes.PlacementEndBeforeStart, "Non deve precedere l'inizio dell'affidamento." },
        { ValidationCodes.PlacementSiblingApartPlacedHere, "Indica un minore di questo affidamento, che quindi non è collocato altrove." },
    };
}
