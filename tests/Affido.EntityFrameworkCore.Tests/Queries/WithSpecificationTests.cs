using Affido.EntityFrameworkCore.Tests.Support;
using Affido.TestSupport.Matching;
using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Affido.EntityFrameworkCore.Tests.Queries;

/// <summary>
/// <see cref="SpecificationQueryableExtensions.WithSpecification{T}(IQueryable{T}, ISpecification{T}, bool)"/> on
/// SQLite: every part of an Ardalis specification reaches the SQL query, and the result is the one Ardalis' in-memory
/// evaluator gives.
/// </summary>
public sealed class WithSpecificationTests : IDisposable
{
    private readonly TestDatabase database = SqliteEngine.Instance.CreateDatabase();
    private readonly FosterCarer[] carers = PropertyRegistry.Generate(300, 5, SyntheticTerritory.Small, RegistryGenerators.PersonPool);

    public WithSpecificationTests() => database.Load(carers);

    [Fact]
    public void Where_order_and_paging_reach_the_sql_query()
    {
        var specification = new CarersBy(c => c.Availability.Places >= 2, skip: 5, take: 20);
        using var db = database.Open();
        var sql = db.Carers.WithSpecification(specification).Select(c => c.Code).ToList();
        // Ardalis' in-memory evaluator boxes order keys and compares them with the non-generic IComparable, which the
        // codes do not implement (they are IComparable<T>), so the expected page is computed directly.
        var expected = carers.Where(c => c.Availability.Places >= 2)
            .OrderByDescending(c => c.Availability.Places).ThenBy(c => c.Code.Value, StringComparer.Ordinal)
            .Skip(5).Take(20).Select(c => c.Code).ToList();
        Assert.Equal(20, sql.Count);
        Assert.Equal(expected, sql);
    }

    [Fact]
    public void Search_terms_of_one_group_are_or_ed_and_groups_are_and_ed()
    {
        string first = carers[0].Municipality.Name;
        string second = carers.First(c => c.Municipality.Name != first).Municipality.Name;
        var specification = new SearchingCarers(first, second);
        using var db = database.Open();
        var sql = db.Carers.WithSpecification(specification).Select(c => c.Code).AsEnumerable().Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        var memory = specification.Evaluate(carers).Select(c => c.Code.Value).OrderBy(c => c, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sql);
        Assert.Equal(memory, sql);
        Assert.Contains("LIKE", db.Carers.WithSpecification(specification).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_only_leaves_out_order_and_paging_for_a_count()
    {
        var specification = new CarersBy(c => c.Status == AssessmentStatus.Approved, skip: 3, take: 4);
        using var db = database.Open();
        Assert.Equal(carers.Count(c => c.Status == AssessmentStatus.Approved), db.Carers.WithSpecification(specification, evaluateCriteriaOnly: true).Count());
        Assert.Equal(4, db.Carers.WithSpecification(specification).Count());
    }

    [Fact]
    public void Tracking_options_and_tags_reach_the_query()
    {
        using var db = database.Open();
        _ = db.Carers.WithSpecification(new CarersBy(c => true, take: 5, noTracking: true)).ToList();
        Assert.Empty(db.ChangeTracker.Entries());
        _ = db.Carers.WithSpecification(new CarersBy(c => true, take: 5)).ToList();
        Assert.Equal(5, db.ChangeTracker.Entries().Count());
        Assert.Contains("-- carers by", db.Carers.WithSpecification(new CarersBy(c => true, take: 5)).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_selector_projects_in_sql()
    {
        var specification = new MunicipalityNames();
        using var db = database.Open();
        var sql = db.Carers.WithSpecification(specification).ToList();
        Assert.Equal(specification.Evaluate(carers).ToList(), sql);
    }

    [Fact]
    public void Includes_and_then_includes_load_the_navigations()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<OfficeContext>().UseSqlite(connection)
            .ConfigureWarnings(w => w.Default(WarningBehavior.Throw)).Options;
        using (var db = new OfficeContext(options))
        {
            db.Database.EnsureCreated();
            var office = new Office { Name = "Rozzano" };
            var visit = new Visit { Office = office };
            visit.Attendees.Add(new Attendee { Role = "social worker" });
            office.Visits.Add(visit);
            db.Add(office);
            db.SaveChanges();
        }

        using (var db = new OfficeContext(options))
        {
            var loaded = db.Offices.WithSpecification(new OfficesWithVisits()).Single();
            Assert.Equal("social worker", Assert.Single(Assert.Single(loaded.Visits).Attendees).Role);
        }

        using (var db = new OfficeContext(options))
        {
            var loaded = db.Visits.WithSpecification(new VisitsWithOffice()).Single();
            Assert.Equal("Rozzano", loaded.Office!.Name);
            Assert.Single(loaded.Office.Visits);
        }
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        using var db = database.Open();
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => ((IQueryable<FosterCarer>)null!).WithSpecification(new CarersBy(c => true))).ParamName);
        Assert.Equal("specification", Assert.Throws<ArgumentNullException>(() => db.Carers.WithSpecification((ISpecification<FosterCarer>)null!)).ParamName);
        Assert.Throws<SelectorNotFoundException>(() => db.Carers.WithSpecification(new Specification<FosterCarer, string>()));
    }

    /// <inheritdoc />
    public void Dispose() => database.Dispose();

    private sealed class CarersBy : Specification<FosterCarer>
    {
        public CarersBy(System.Linq.Expressions.Expression<Func<FosterCarer, bool>> where, int skip = 0, int take = -1, bool noTracking = false)
        {
            Query.Where(where).OrderByDescending(c => c.Availability.Places).ThenBy(c => c.Code).TagWith("carers by");
            Query.Skip(skip);
            if (take >= 0)
            {
                Query.Take(take);
            }

            if (noTracking)
            {
                Query.AsNoTracking();
            }
        }
    }

    private sealed class SearchingCarers : Specification<FosterCarer>
    {
        public SearchingCarers(string town, string otherTown)
        {
            Query.Search(c => c.Municipality.Name, town, 1).Search(c => c.Municipality.Name, otherTown, 1);
            Query.Search(c => c.Municipality.Name, "Comune%", 2);
        }
    }

    private sealed class MunicipalityNames : Specification<FosterCarer, string>
    {
        public MunicipalityNames()
        {
            Query.Where(c => c.Availability.Places == 1).OrderBy(c => c.Municipality.Name).ThenBy(c => c.WaitingSince);
            Query.Select(c => c.Municipality.Name);
        }
    }

    private sealed class OfficesWithVisits : Specification<Office>
    {
        public OfficesWithVisits() => Query.Include(o => o.Visits).ThenInclude(v => v.Attendees).AsSplitQuery();
    }

    private sealed class VisitsWithOffice : Specification<Visit>
    {
        public VisitsWithOffice() => Query.Include(v => v.Office).ThenInclude(o => o!.Visits).AsSplitQuery();
    }
}
