namespace Affido.Matching;

/// <summary>How far <see cref="CarerIndex.BuildAsync"/> has got.</summary>
/// <param name="CarersRead">The carers read from the stream so far.</param>
/// <param name="IsComplete">Whether the snapshot is built (the last report).</param>
public readonly record struct CarerIndexBuildProgress(int CarersRead, bool IsComplete);
