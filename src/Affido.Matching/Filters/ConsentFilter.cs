using Affido.Domain.Specifications;

namespace Affido.Matching;

/// <summary>
/// Hard filter <see cref="ReasonCodes.Consent"/>: Keeps carers who gave informed consent to the processing of their data: without it a carer is never shown.
/// </summary>
/// <remarks>Source: Provincia di Milano, Banca Dati Famiglie Affidatarie Online; Reg. art. 13; Reg. (EU) 2016/679 art. 6.</remarks>
public sealed class ConsentFilter : CarerFilter
{
    /// <summary>Builds the filter for <paramref name="request"/>.</summary>
    /// <param name="request">The search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public ConsentFilter(MatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Query.Where(c => c.DataProcessingConsent != null);
    }

    /// <inheritdoc />
    public override string ReasonCode => ReasonCodes.Consent;

    /// <inheritdoc />
    public override string Source => "Provincia di Milano, Banca Dati Famiglie Affidatarie Online; Reg. art. 13; Reg. (EU) 2016/679 art. 6";
}
