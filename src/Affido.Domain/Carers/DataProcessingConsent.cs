using NodaTime;

namespace Affido.Domain;

/// <summary>
/// The carer's informed consent to the processing of their data in the registry (consenso informato al trattamento dei
/// dati): without it the carer is excluded from every search (Provincia di Milano, "Banca Dati Famiglie Affidatarie
/// Online"; Reg. art. 13; Reg. UE 2016/679 art. 6-7).
/// </summary>
/// <param name="GivenOn">The date the consent was signed. A withdrawn consent is removed, not kept with an end date.</param>
public sealed record DataProcessingConsent(LocalDate GivenOn);
