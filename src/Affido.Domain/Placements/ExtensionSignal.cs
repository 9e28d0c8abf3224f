using NodaTime;

namespace Affido.Domain;

/// <summary>The social service's signal to the public prosecutor at the juvenile court that an extension may be needed (L. 184/1983 art. 4 c. 4, as amended by D.Lgs. 149/2022).</summary>
/// <param name="SentOn">The date the signal was sent.</param>
public sealed record ExtensionSignal(LocalDate SentOn);
