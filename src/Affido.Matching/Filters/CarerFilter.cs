using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// A hard filter: a specification over <see cref="FosterCarer"/> built for one request, with a stable reason code
/// and the source that justifies it. A carer that fails any filter is never returned by a search.
/// </summary>
public abstract class CarerFilter : Specification<FosterCarer>
{
    /// <summary>The stable reason code (one of <see cref="ReasonCodes"/>).</summary>
    public abstract string ReasonCode { get; }

    /// <summary>The rule or document behind the filter (e.g. <c>Reg. art. 4</c>).</summary>
    public abstract string Source { get; }

    /// <inheritdoc />
    public override string ToString() => ReasonCode;
}
