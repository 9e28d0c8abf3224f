using Affido.Domain;
using Affido.TestSupport;

namespace Affido.Demo;

/// <summary>Prints what the registry holds: size, status, consent, forms, provinces.</summary>
internal static class RegistrySection
{
    public static void Write(TextWriter output, FosterCarer[] carers, LombardyTerritory territory, DemoOptions options, TimeSpan elapsed, string? source = null)
    {
        DemoApp.Heading(output, "Registro delle famiglie affidatarie / carer registry");
        output.WriteLine(source is null
            ? DemoApp.Invariant($"  {carers.Length:N0} famiglie sintetiche / synthetic carers (seed {options.Seed}) su {territory.Municipalities.Count:N0} comuni lombardi reali, generate in {elapsed.TotalMilliseconds:N0} ms.")
            : DemoApp.Invariant($"  {carers.Length:N0} famiglie / carers {source} (SQLite, Affido.EntityFrameworkCore) in {elapsed.TotalMilliseconds:N0} ms."));
        int approved = carers.Count(c => c.Status == AssessmentStatus.Approved);
        int searchable = carers.Count(c => c.Status == AssessmentStatus.Approved && c.DataProcessingConsent is not null);
        output.WriteLine(DemoApp.Invariant($"  Idonee / approved: {approved:N0}; idonee con consenso al trattamento dati (ricercabili) / approved with data-processing consent (searchable): {searchable:N0}."));
        output.WriteLine(DemoApp.Invariant($"  Pronta accoglienza / emergency: {carers.Count(c => c.Availability.Forms.Contains(PlacementForm.Emergency)):N0}; MSNA / unaccompanied minors: {carers.Count(c => c.Availability.Forms.Contains(PlacementForm.UnaccompaniedForeignMinor)):N0}; tempo pieno / full-time: {carers.Count(c => c.Availability.Arrangements.Contains(TimeArrangement.FullTime)):N0}."));
        var table = new TextTable("Provincia / province", "Famiglie / carers>", "%>");
        foreach (var group in carers.GroupBy(c => c.Municipality.Province).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal).Take(5))
        {
            table.Add($"{group.Key.Name} ({group.Key.Abbreviation})", DemoApp.Invariant($"{group.Count():N0}"), DemoApp.Invariant($"{100.0 * group.Count() / Math.Max(1, carers.Length):F1}"));
        }
        output.WriteLine();
        table.WriteTo(output);
    }
}
