using System.IO.Compression;
using System.Reflection.Metadata;

namespace Affido.ConsumerTest;

/// <summary>
/// The symbol packages as a debugger gets them: every document of every PDB has its source embedded, under the
/// deterministic path map (<c>/_/</c>), never a path of the machine that built it.
/// </summary>
public class PackageSymbolsTests
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> Packages => new(
        "Affido.Domain", "Affido.Rules", "Affido.Matching", "Affido.Serialization.SystemTextJson", "Affido.EntityFrameworkCore");

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_source_file_is_embedded_under_the_path_map(string package)
    {
        string feed = Environment.GetEnvironmentVariable("AFFIDO_LOCAL_FEED")
            ?? throw new InvalidOperationException("AFFIDO_LOCAL_FEED is not set: run tests/Affido.ConsumerTest/run.sh");
        string snupkg = Directory.GetFiles(feed, $"{package}.*.snupkg").Single(f => char.IsDigit(Path.GetFileName(f)[package.Length + 1]));
        using var archive = ZipFile.OpenRead(snupkg);
        var pdbs = archive.Entries.Where(e => e.FullName.EndsWith($"/{package}.pdb", StringComparison.Ordinal)).ToList();
        Assert.Equal(["lib/net10.0/", "lib/net8.0/"], pdbs.Select(e => e.FullName[..^(package.Length + 4)]).Order(StringComparer.Ordinal));

        foreach (var entry in pdbs)
        {
            using var copy = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
            var reader = provider.GetMetadataReader();
            var embedded = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(c => c.Parent.Kind == HandleKind.Document && reader.GetGuid(c.Kind) == EmbeddedSource)
                .Select(c => (DocumentHandle)c.Parent)
                .ToHashSet();
            var documents = reader.Documents.Select(h => (Handle: h, Name: reader.GetString(reader.GetDocument(h).Name))).ToList();

            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.StartsWith("/_/", d.Name, StringComparison.Ordinal));
            Assert.All(documents, d => Assert.True(embedded.Contains(d.Handle), $"{entry.FullName}: {d.Name} is not embedded"));
        }
    }
}
