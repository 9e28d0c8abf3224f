using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.FormAndArrangement"/>: Keeps carers who accept both the placement form and the time arrangement of the request.
/// </summary>
/// <remarks>Source: Reg. art. 3 (forms and time arrangements of placement).</remarks>
public sealed class FormAndArrangementFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public FormAndArrangementFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = request.Form;
        var arrangement = request.Arrangement;
        Query.Where(c => c.Availability.Forms.Contains(form) && c.Availability.Arrangements.Contains(arrangement));
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.FormAndArrangement;

    /// <inheritdoc />
    public override string Source => "Reg. art. 3 (forms and time arrangements of placement)";
}
