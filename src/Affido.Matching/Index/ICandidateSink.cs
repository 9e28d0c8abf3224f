namespace Affido.Matching;

/// <summary>
/// Where a scan of the index sends each carer that passes every hard filter, with its score: the search's bounded heap,
/// or a row of the planner's score matrix. A struct implementation lets the JIT specialise the scan for it.
/// </summary>
internal interface ICandidateSink
{
    /// <summary>
    /// The score a carer must reach to be of any use (−∞: every carer is scored). The scan skips scoring a carer whose
    /// upper bound, with the criteria not yet computed at their maximum, is below it by more than a rounding margin.
    /// </summary>
    double Threshold { get; }

    /// <summary>A carer that passed every hard filter, at row <paramref name="row"/>, with its score.</summary>
    void Offer(double score, int row);
}
