using NodaTime;

namespace Affido.Domain;

/// <summary>A written consent to the placement (consenso scritto, Reg. art. 3; L. 184/1983 art. 4 c. 1).</summary>
/// <param name="Party">Who consents.</param>
/// <param name="SignedOn">The date of signature.</param>
/// <param name="Minor">For <see cref="ConsentParty.Minor"/>, which minor of the placement consents.</param>
public sealed record WrittenConsent(ConsentParty Party, LocalDate SignedOn, MinorCode? Minor = null);
