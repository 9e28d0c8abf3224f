using Affido.Matching;

namespace Affido.Api;

/// <summary>Builds the carer index when the host starts (after the options are validated), not on the first request.</summary>
/// <param name="index">The index; resolving it builds it.</param>
internal sealed class RegistryStartup(CarerIndex index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = index.Count;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
