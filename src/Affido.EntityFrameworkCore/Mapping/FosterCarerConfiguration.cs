using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Affido.EntityFrameworkCore;

/// <summary>
/// The table of carers: one row per <see cref="FosterCarer"/>, keyed by its code. Value objects are complex types
/// (columns of the carer's row); lists and the few records EF Core cannot construct are canonical JSON text
/// (<see cref="RegistryJson"/>); codes go through <see cref="CodeConverter{TCode}"/>.
/// </summary>
/// <remarks>
/// Every column a hard filter reads is a plain column (status, consent date, availability dates, places, ages, the
/// packed needs, municipality and district codes) or a JSON list the pre-filter tests by exact substring (forms,
/// arrangements, relatives). Nothing is derived: the row holds the carer and nothing else, so no column can go stale.
/// </remarks>
internal sealed class FosterCarerConfiguration(RegistryModelOptions options) : IEntityTypeConfiguration<FosterCarer>
{
    public void Configure(EntityTypeBuilder<FosterCarer> carer)
    {
        bool convertDates = options.NodaTime == NodaTimeMapping.ValueConverters;
        carer.ToTable(options.CarersTable, options.Schema);
        carer.HasKey(c => c.Code);
        carer.Property(c => c.Code).HasColumnName("code").HasConversion(CodeConverter<CarerCode>.Instance);
        carer.Ignore(c => c.HasConsented);

        carer.ComplexProperty(c => c.Municipality, municipality =>
        {
            municipality.IsRequired();
            municipality.Property(m => m.Code).HasColumnName("municipality_code").HasConversion(CodeConverter<IstatCode>.Instance);
            municipality.Property(m => m.Name).HasColumnName("municipality_name");
            municipality.Property(m => m.Province).HasColumnName("municipality_province")
                .HasConversion(new ValueConverter<Province, string>(p => RegistryJson.WriteProvince(p), s => RegistryJson.ReadProvince(s)));
            municipality.Property(m => m.District).HasColumnName("municipality_district").HasConversion(CodeConverter<DistrictCode>.Instance);
            municipality.Property(m => m.Location).HasColumnName("municipality_location")
                .HasConversion(new ValueConverter<GeoPoint, string>(p => RegistryJson.WriteGeoPoint(p), s => RegistryJson.ReadGeoPoint(s)));
        });

        carer.ComplexProperty(c => c.Household, household =>
        {
            household.IsRequired();
            household.Property(h => h.Type).HasColumnName("household_type");
            household.Property(h => h.ChildrenBirthDates).HasColumnName("household_children")
                .HasConversion(new DateListConverter(), new ValueArrayComparer<LocalDate>());
        });

        carer.Property(c => c.Status).HasColumnName("status");
        Date(carer.Property(c => c.WaitingSince).HasColumnName("waiting_since"), convertDates);

        carer.ComplexProperty(c => c.Availability, availability =>
        {
            availability.IsRequired();
            availability.Property(a => a.Forms).HasColumnName("availability_forms")
                .HasConversion(new EnumListConverter<PlacementForm>(), new ValueArrayComparer<PlacementForm>());
            availability.Property(a => a.Arrangements).HasColumnName("availability_arrangements")
                .HasConversion(new EnumListConverter<TimeArrangement>(), new ValueArrayComparer<TimeArrangement>());
            availability.Property(a => a.Places).HasColumnName("availability_places");
            Date(availability.Property(a => a.From).HasColumnName("availability_from"), convertDates);
            Date(availability.Property(a => a.Until).HasColumnName("availability_until"), convertDates);
            availability.ComplexProperty(a => a.Ages, ages =>
            {
                ages.IsRequired();
                ages.Property(r => r.MinYears).HasColumnName("availability_min_age");
                ages.Property(r => r.MaxYears).HasColumnName("availability_max_age");
            });
            availability.ComplexProperty(a => a.AcceptedNeeds, needs =>
            {
                needs.Property(n => n.Packed).HasColumnName("availability_accepted_needs").HasConversion<int>();
            });
        });

        carer.ComplexProperty(c => c.Experience, experience =>
        {
            experience.IsRequired();
            experience.Property(e => e.PreviousPlacements).HasColumnName("experience_previous_placements");
            experience.Property(e => e.TrainingHours).HasColumnName("experience_training_hours");
        });

        var consent = carer.Property(c => c.DataProcessingConsent).HasColumnName("consent_given_on");
        if (convertDates)
        {
            consent.HasConversion(new ValueConverter<DataProcessingConsent?, DateOnly>(
                c => c!.GivenOn.ToDateOnly(), d => new DataProcessingConsent(LocalDate.FromDateOnly(d))));
        }
        else
        {
            consent.HasConversion(new ValueConverter<DataProcessingConsent?, LocalDate>(c => c!.GivenOn, d => new DataProcessingConsent(d)));
        }

        carer.Property(c => c.Service).HasColumnName("service")
            .HasConversion(new ValueConverter<FosterCareService?, string>(s => RegistryJson.WriteService(s!), s => RegistryJson.ReadService(s)));
        carer.Property(c => c.Languages).HasColumnName("languages")
            .HasConversion(new CodeListConverter<LanguageCode>(), new ValueArrayComparer<LanguageCode>());
        carer.Property(c => c.Backgrounds).HasColumnName("backgrounds")
            .HasConversion(new CodeListConverter<BackgroundTag>(), new ValueArrayComparer<BackgroundTag>());
        carer.Property(c => c.Relatives).HasColumnName("relatives")
            .HasConversion(new RelativeListConverter(), new ValueArrayComparer<Relative>());
    }

    private static void Date<TDate>(PropertyBuilder<TDate> property, bool convert)
    {
        if (convert)
        {
            property.HasConversion(LocalDateConverter.Instance);
        }
    }

    private static void Date<TDate>(ComplexTypePropertyBuilder<TDate> property, bool convert)
    {
        if (convert)
        {
            property.HasConversion(LocalDateConverter.Instance);
        }
    }
}
