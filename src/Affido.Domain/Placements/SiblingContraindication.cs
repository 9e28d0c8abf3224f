namespace Affido.Domain;

/// <summary>A stated contraindication to keeping siblings together ("espresse e motivate controindicazioni", Reg. art. 4).</summary>
/// <remarks><see cref="ToString"/> prints the source only: the reason describes the minors (their needs, their history) and stays out of logs.</remarks>
/// <param name="Source">Where it is stated: the plan or the court's decree.</param>
/// <param name="Reason">The stated reason.</param>
public sealed record SiblingContraindication(ContraindicationSource Source, string Reason)
{
    /// <summary>"SiblingContraindication { Source = Plan }": the reason is left out (see the remarks).</summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>Whether anything was printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Source = ").Append(Source.ToString());
        return true;
    }
}
