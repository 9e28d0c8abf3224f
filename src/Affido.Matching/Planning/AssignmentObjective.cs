namespace Affido.Matching.Planning;

/// <summary>Whether a linear-assignment problem maximises or minimises the total of the chosen entries.</summary>
public enum AssignmentObjective
{
    /// <summary>The entries are scores: the chosen pairs have the largest possible total.</summary>
    Maximize = 0,

    /// <summary>The entries are costs: the chosen pairs have the smallest possible total.</summary>
    Minimize = 1,
}
