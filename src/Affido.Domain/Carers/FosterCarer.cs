using NodaTime;

namespace Affido.Domain;

/// <summary>
/// Foster carers (soggetti affidatari, Reg. art. 6): a family, a couple or a single person, as the shared registry
/// knows them (Provincia di Milano, "Banca Dati Famiglie Affidatarie Online": territory, household and experience,
/// availability; a code, never a name; informed consent).
/// </summary>
/// <remarks>
/// <para>Built with an object initializer: <see cref="Code"/>, <see cref="Municipality"/>, <see cref="Household"/>,
/// <see cref="Status"/>, <see cref="Availability"/> and <see cref="WaitingSince"/> are required, the rest optional.
/// Validate with <see cref="FosterCarerValidator"/>.</para>
/// <para><see cref="ToString"/> prints the code only: without consent a carer's data are not processed (Reg. art. 13;
/// Reg. UE 2016/679 art. 6), and backgrounds may reveal a religion (art. 9).</para>
/// </remarks>
public sealed record FosterCarer
{
    /// <summary>The pseudonymous code.</summary>
    public required CarerCode Code { get; init; }

    /// <summary>Where the carers live.</summary>
    public required Municipality Municipality { get; init; }

    /// <summary>Couple or single, and their own children.</summary>
    public required Household Household { get; init; }

    /// <summary>The assessment status.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>What the carers are available for.</summary>
    public required Availability Availability { get; init; }

    /// <summary>
    /// The date since which the carers wait for a placement (approval, or the end of their last placement): fairness
    /// to those waiting longest.
    /// </summary>
    public required LocalDate WaitingSince { get; init; }

    /// <summary>Previous placements and training; none by default.</summary>
    public Experience Experience { get; init; } = Experience.None;

    /// <summary>
    /// The informed consent to data processing, or <see langword="null"/> when not given: then the carer is excluded
    /// from every search and nothing about it but its code is shown.
    /// </summary>
    public DataProcessingConsent? DataProcessingConsent { get; init; }

    /// <summary>The foster-care service that knows the carers and can be called about them, when recorded.</summary>
    public FosterCareService? Service { get; init; }

    /// <summary>The languages spoken in the household.</summary>
    public ValueArray<LanguageCode> Languages { get; init; }

    /// <summary>The cultural or religious backgrounds of the household, when declared.</summary>
    public ValueArray<BackgroundTag> Backgrounds { get; init; }

    /// <summary>
    /// People the carers (every member of the household) are related to, with the closest degree: kinship placements
    /// and conflicts of interest read it.
    /// </summary>
    public ValueArray<Relative> Relatives { get; init; }

    /// <summary>Whether the carer gave its informed consent to data processing (and so may be searched).</summary>
    public bool HasConsented => DataProcessingConsent is not null;

    /// <summary>The closest degree of kinship (within the 4th) to <paramref name="person"/>, or <see langword="null"/> when not related.</summary>
    /// <param name="person">The person.</param>
    public int? KinshipDegreeTo(PersonCode person)
    {
        int? best = null;
        foreach (var relative in Relatives)
        {
            if (relative is not null && relative.Person == person && relative.IsWithinFourthDegree && (best is null || relative.Degree < best))
            {
                best = relative.Degree;
            }
        }
        return best;
    }

    /// <summary>"FosterCarer { Code = C0000229 }": the code only (see the remarks).</summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code.ToString());
        return true;
    }
}
