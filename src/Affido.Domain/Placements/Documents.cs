using NodaTime;

namespace Affido.Domain;

/// <summary>A written consent to the placement (consenso scritto, Reg. art. 3; L. 184/1983 art. 4 c. 1).</summary>
/// <param name="Party">Who consents.</param>
/// <param name="SignedOn">The date of signature.</param>
/// <param name="Minor">For <see cref="ConsentParty.Minor"/>, which minor of the placement consents.</param>
public sealed record WrittenConsent(ConsentParty Party, LocalDate SignedOn, MinorCode? Minor = null);

/// <summary>The hearing of a minor (ascolto del minore, L. 184/1983 art. 4 c. 1; art. 315-bis c.c.).</summary>
/// <param name="Minor">The minor heard.</param>
/// <param name="HeldOn">The date of the hearing.</param>
public sealed record Hearing(MinorCode Minor, LocalDate HeldOn);

/// <summary>The carers' signed commitment (atto di impegno degli affidatari, Reg. art. 3).</summary>
/// <param name="SignedOn">The date of signature.</param>
public sealed record CarerCommitment(LocalDate SignedOn);

/// <summary>A decree of a judicial authority on the placement (decreto).</summary>
/// <param name="Authority">Who issued it: the giudice tutelare makes a consensual placement executive; the tribunale per i minorenni decrees a judicial one.</param>
/// <param name="IssuedOn">The date of the decree.</param>
/// <param name="Reference">The decree's reference (number and year), as the CSI records it.</param>
public sealed record Decree(Authority Authority, LocalDate IssuedOn, string Reference);

/// <summary>An extension (proroga) of the placement beyond its presumed duration by the tribunale per i minorenni (L. 184/1983 art. 4 c. 4).</summary>
/// <param name="DecreedOn">The date of the court's decree.</param>
/// <param name="Until">The new planned end (inclusive).</param>
/// <param name="OnProsecutorRequest">Whether the public prosecutor requested it (required since 28 February 2023, D.Lgs. 149/2022).</param>
/// <param name="Ground">Harm (before 28 February 2023) or serious harm (since).</param>
public sealed record Extension(LocalDate DecreedOn, LocalDate Until, bool OnProsecutorRequest, HarmGround Ground);

/// <summary>The social service's signal to the public prosecutor at the juvenile court that an extension may be needed (L. 184/1983 art. 4 c. 4, as amended by D.Lgs. 149/2022).</summary>
/// <param name="SentOn">The date the signal was sent.</param>
public sealed record ExtensionSignal(LocalDate SentOn);

/// <summary>A verification of the placement's progress by the social service (verifica, Reg. art. 8 f).</summary>
/// <param name="HeldOn">The date of the verification.</param>
public sealed record Verification(LocalDate HeldOn);

/// <summary>A report to the supervising authority (relazione semestrale, L. 184/1983 art. 4 c. 3).</summary>
/// <param name="SentOn">The date the report was sent.</param>
/// <param name="To">The authority it was sent to.</param>
public sealed record CourtReport(LocalDate SentOn, Authority To);

/// <summary>The end of a placement.</summary>
/// <param name="On">The last day of the placement.</param>
/// <param name="Reason">Why it ended.</param>
public sealed record PlacementEnd(LocalDate On, EndReason Reason);

/// <summary>A stated contraindication to keeping siblings together ("espresse e motivate controindicazioni", Reg. art. 4).</summary>
/// <param name="Source">Where it is stated: the plan or the court's decree.</param>
/// <param name="Reason">The stated reason.</param>
public sealed record SiblingContraindication(ContraindicationSource Source, string Reason);
