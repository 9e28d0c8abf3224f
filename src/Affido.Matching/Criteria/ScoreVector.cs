using System.Runtime.CompilerServices;

namespace Affido.Matching;

/// <summary>The criterion scores of one carer, indexed by <see cref="Criterion"/>.</summary>
[InlineArray(CriterionCount)]
internal struct ScoreVector
{
    /// <summary>One score a criterion: the last <see cref="Criterion"/> plus one (the table <see cref="SoftCriteria"/> checks it).</summary>
    public const int CriterionCount = (int)Criterion.WaitingTime + 1;

    private double element;
}
