namespace Affido.Domain;

/// <summary>A carer's experience (Provincia di Milano registry: "esperienze precedenti"; Reg. art. 7.1 training).</summary>
/// <param name="PreviousPlacements">The number of placements the carer has had, zero or more.</param>
/// <param name="TrainingHours">The hours of foster-care training completed, zero or more.</param>
public sealed record Experience(int PreviousPlacements = 0, int TrainingHours = 0)
{
    /// <summary>No previous placement and no training.</summary>
    public static Experience None { get; } = new();
}
