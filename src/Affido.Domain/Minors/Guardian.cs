using NodaTime;

namespace Affido.Domain;

/// <summary>The guardian (tutore) appointed for a minor when no parent holds parental responsibility (art. 343 c.c.).</summary>
/// <param name="Code">The guardian's pseudonymous code.</param>
/// <param name="AppointedOn">The date of appointment.</param>
public sealed record Guardian(PersonCode Code, LocalDate AppointedOn);
