using NodaTime;

namespace Affido.Domain;

/// <summary>A report to the supervising authority (relazione semestrale, L. 184/1983 art. 4 c. 3).</summary>
/// <param name="SentOn">The date the report was sent.</param>
/// <param name="To">The authority it was sent to.</param>
public sealed record CourtReport(LocalDate SentOn, Authority To);
