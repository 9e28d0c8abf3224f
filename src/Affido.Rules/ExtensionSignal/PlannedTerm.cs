using Affido.Domain;
using NodaTime;

namespace Affido.Rules;

/// <summary>The current term of a placement: from its start (or the decree of the counting extension that set the planned end) to its planned end (<see cref="PlacementTerm.PlannedEnd"/>).</summary>
/// <param name="Begin">When the current term began.</param>
/// <param name="End">The planned end.</param>
internal sealed record PlannedTerm(LocalDate Begin, LocalDate End)
{
    /// <summary>The current term, or <see langword="null"/> when there is neither extension nor presumed duration.</summary>
    public static PlannedTerm? Of(Placement placement, PlacementPlan plan)
    {
        if (PlacementTerm.Of(placement, plan).PlannedEnd is not { } end)
        {
            return null;
        }
        var begin = placement.Start;
        foreach (var extension in placement.Extensions)
        {
            if (extension.Until == end && PlacementTerm.Counts(extension) && extension.DecreedOn > begin)
            {
                begin = extension.DecreedOn;
            }
        }
        return new PlannedTerm(begin, end);
    }
}
