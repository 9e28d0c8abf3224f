using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Foster carers (soggetti affidatari, Reg. art. 6): a family, a couple or a single person, as the shared registry
/// knows them (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online": territory, household and experience,
/// availability; a code, never a name; informed consent).
/// </summary>
/// <param name="Code">The pseudonymous code.</param>
/// <param name="Municipality">Where the carers live.</param>
/// <param name="Household">Couple or single, and their own children.</param>
/// <param name="Experience">Previous placements and training.</param>
/// <param name="Status">The assessment status.</param>
/// <param name="DataProcessingConsent">The informed consent to data processing, or <see langword="null"/> when not given (then excluded from every search).</param>
/// <param name="Service">The foster-care service that knows the carers.</param>
/// <param name="Availability">What the carers are available for.</param>
/// <param name="WaitingSince">The date since which the carers wait for a placement (approval, or the end of their last placement): fairness to those waiting longest.</param>
/// <param name="Languages">The languages spoken in the household.</param>
/// <param name="Backgrounds">The cultural or religious backgrounds of the household, when declared.</param>
/// <param name="Relatives">People the carers are related to (kinship placements; conflicts of interest).</param>
public sealed record FosterCarer(
    CarerCode Code,
    Municipality Municipality,
    Household Household,
    Experience Experience,
    AssessmentStatus Status,
    DataProcessingConsent? DataProcessingConsent,
    FosterCareService Service,
    Availability Availability,
    LocalDate WaitingSince,
    ValueArray<LanguageCode> Languages = default,
    ValueArray<BackgroundTag> Backgrounds = default,
    ValueArray<Relative> Relatives = default)
{
    /// <summary>The closest degree of kinship (within the 4th) to <paramref name="person"/>, or <see langword="null"/> when not related.</summary>
    /// <param name="person">The person.</param>
    public int? KinshipDegreeTo(PersonCode person)
    {
        int? best = null;
        foreach (var relative in Relatives)
        {
            if (relative.Person == person && relative.IsWithinFourthDegree && (best is null || relative.Degree < best))
            {
                best = relative.Degree;
            }
        }
        return best;
    }
}
