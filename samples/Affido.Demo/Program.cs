using Affido.Domain;
using NodaTime;

// The main job grows with the matching and rules issues; for now it shows the age milestones the rules rely on.
var birth = new LocalDate(2012, 2, 29);
Console.WriteLine("Affido demo: age milestones of a minor born on 29 February 2012");
foreach (var (label, years) in new[] { ("hearing (L. 184/1983 art. 4 c. 1)", Ages.Hearing), ("written consent (Reg. art. 3)", Ages.WrittenConsent), ("18th birthday", Ages.Majority) })
{
    Console.WriteLine($"  {label,-36} {Ages.AnniversaryOf(birth, years):uuuu-MM-dd}");
}
Console.WriteLine($"  {"adult from (art. 2 c.c.)",-36} {Ages.AdultFrom(birth):uuuu-MM-dd}");
