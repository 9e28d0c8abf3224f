using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Support;

/// <summary>A small model with navigations, to test includes through <see cref="SpecificationQueryableExtensions.WithSpecification{T}(IQueryable{T}, Ardalis.Specification.ISpecification{T}, bool)"/>.</summary>
public sealed class OfficeContext(DbContextOptions<OfficeContext> options) : DbContext(options)
{
    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Visit> Visits => Set<Visit>();
}

/// <summary>A foster-care office.</summary>
public sealed class Office
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Visit> Visits { get; } = [];
}

/// <summary>A home visit by an office.</summary>
public sealed class Visit
{
    public int Id { get; set; }

    public int OfficeId { get; set; }

    public Office? Office { get; set; }

    public List<Attendee> Attendees { get; } = [];
}

/// <summary>Someone present at a visit.</summary>
public sealed class Attendee
{
    public int Id { get; set; }

    public string Role { get; set; } = string.Empty;
}
