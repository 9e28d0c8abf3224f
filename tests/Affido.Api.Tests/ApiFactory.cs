using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Affido.Api.Tests;

/// <summary>The sample on a real Kestrel server (a dynamic port), with a smaller registry and any extra settings.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;

    public ApiFactory()
        : this(new Dictionary<string, string>())
    {
    }

    internal ApiFactory(IReadOnlyDictionary<string, string> settings)
    {
        this.settings = settings;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Affido:Registry:Carers", "2000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
