using Affido.Domain;
using Affido.Matching;

namespace Affido.Demo;

/// <summary>Italian labels (with English) for what the tables show, in one place so the wording stays consistent.</summary>
internal static class Labels
{
    /// <summary>A short column header for a criterion (legend in <see cref="CriterionName"/>).</summary>
    public static string CriterionHeader(Criterion criterion) => criterion switch
    {
        Criterion.OriginProximity => "Vic.fam",
        Criterion.SchoolProximity => "Vic.scu",
        Criterion.Language => "Lingua",
        Criterion.Background => "Cultura",
        Criterion.Experience => "Esper.",
        Criterion.HouseholdFit => "Nucleo",
        Criterion.DurationAvailability => "Durata",
        Criterion.Kinship => "Parent.",
        Criterion.WaitingTime => "Attesa",
        _ => criterion.ToString(),
    };

    /// <summary>The full name of a criterion, Italian / English.</summary>
    public static string CriterionName(Criterion criterion) => criterion switch
    {
        Criterion.OriginProximity => "vicinanza alla famiglia d'origine / proximity to the family of origin",
        Criterion.SchoolProximity => "vicinanza alla scuola / proximity to the school",
        Criterion.Language => "lingua del minore / the minor's language",
        Criterion.Background => "background culturale o religioso / cultural or religious background",
        Criterion.Experience => "esperienza (affidi precedenti, formazione) / experience (previous placements, training)",
        Criterion.HouseholdFit => "composizione del nucleo (età dei figli) / household fit (ages of own children)",
        Criterion.DurationAvailability => "disponibilità per tutta la durata / available for the whole duration",
        Criterion.Kinship => "parentela (entro il 4° grado) / kinship (within the 4th degree)",
        Criterion.WaitingTime => "tempo di attesa della famiglia / carer's waiting time",
        _ => criterion.ToString(),
    };

    /// <summary>Why a hard filter excludes a carer, Italian / English.</summary>
    public static string Reason(HardFilter filter) => filter switch
    {
        HardFilter.Status => "non idonea o in valutazione / not approved (or still in assessment)",
        HardFilter.Consent => "senza consenso al trattamento dati / no data-processing consent",
        HardFilter.Availability => "non disponibile alla data di avvio / not available at the start",
        HardFilter.FormAndArrangement => "forma o tempo di affido non accettati / form or time arrangement not accepted",
        HardFilter.Places => "posti insufficienti / not enough places",
        HardFilter.AgeRange => "età fuori dalla fascia accettata / age outside the accepted range",
        HardFilter.Needs => "bisogni oltre il livello accettato / needs above the accepted level",
        HardFilter.Protection => "vincolo di tutela (stesso comune/ambito) / protection constraint",
        HardFilter.Kinship => "non parente del minore / not a relative of the minor",
        HardFilter.ConflictOfInterest => "conflitto di interessi / conflict of interest",
        _ => filter.ToString(),
    };

    /// <summary>A minor's needs in Italian, e.g. "apprendimento basso, emotivo medio" (only categories above none).</summary>
    public static string Needs(NeedProfile needs)
    {
        var parts = Enum.GetValues<NeedCategory>().Where(c => needs[c] != NeedLevel.None).Select(c => $"{NeedCategoryLabel(c)} {NeedLevelLabel(needs[c])}");
        string text = string.Join(", ", parts);
        return text.Length == 0 ? "nessuno" : text;
    }

    /// <summary>A need category, Italian.</summary>
    public static string NeedCategoryLabel(NeedCategory category) => category switch
    {
        Domain.NeedCategory.Disability => "disabilità",
        Domain.NeedCategory.Health => "salute",
        Domain.NeedCategory.Behaviour => "comportamento",
        Domain.NeedCategory.Learning => "apprendimento",
        Domain.NeedCategory.Trauma => "trauma",
        Domain.NeedCategory.Emotional => "emotivo",
        Domain.NeedCategory.SubstanceExposure => "esposizione a sostanze",
        Domain.NeedCategory.ComplexContact => "rapporti complessi con la famiglia",
        _ => category.ToString(),
    };

    /// <summary>A need level, Italian.</summary>
    public static string NeedLevelLabel(NeedLevel level) => level switch
    {
        Domain.NeedLevel.Low => "basso",
        Domain.NeedLevel.Medium => "medio",
        Domain.NeedLevel.High => "alto",
        _ => "nessuno",
    };

    /// <summary>The household in a few words.</summary>
    public static string Household(Household household, NodaTime.LocalDate asOf)
    {
        string who = household.Type == HouseholdType.Couple ? "coppia" : "single";
        if (household.ChildrenBirthDates.IsEmpty)
        {
            return who + ", senza figli";
        }
        var ages = household.ChildrenBirthDates.Select(b => Ages.YearsOn(b, asOf)).OrderDescending();
        return $"{who}, figli {string.Join("/", ages)} a.";
    }

    /// <summary>The placement form, Italian.</summary>
    public static string Form(PlacementForm form) => form switch
    {
        PlacementForm.Ordinary => "ordinario",
        PlacementForm.Emergency => "pronta accoglienza",
        PlacementForm.Professional => "professionale",
        PlacementForm.UnaccompaniedForeignMinor => "MSNA (minore straniero non accompagnato)",
        PlacementForm.SolidarityNeighbourhood => "famiglie solidali",
        _ => form.ToString(),
    };

    /// <summary>The time arrangement, Italian.</summary>
    public static string Arrangement(TimeArrangement arrangement) => arrangement == TimeArrangement.FullTime ? "tempo pieno" : "part-time";

    /// <summary>The protection constraint, Italian.</summary>
    public static string Protection(ProtectionConstraint protection) => protection switch
    {
        ProtectionConstraint.NotSameMunicipality => "non nello stesso comune della famiglia",
        ProtectionConstraint.NotSameDistrict => "non nello stesso ambito della famiglia",
        _ => "nessuno",
    };
}
