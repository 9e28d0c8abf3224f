using NodaTime;

namespace Affido.Domain;

/// <summary>The end of a placement.</summary>
/// <param name="On">The last day of the placement.</param>
/// <param name="Reason">Why it ended.</param>
public sealed record PlacementEnd(LocalDate On, EndReason Reason);
