using Affido.Matching.Planning;
using Affido.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Affido.Matching.Tests.Planning;

/// <summary>
/// The solver against exhaustive search and against itself (dense and sparse, permuted, widened). Each property
/// draws the objective with the instance; fixed seed by default, fresh ones with <c>AFFIDO_PROPERTIES=explore</c>.
/// </summary>
public sealed class LinearAssignmentPropertyTests
{
    internal const double Tolerance = 1e-9;

    internal static Gen<(Instance Instance, AssignmentObjective Objective)> WithObjective(Gen<Instance> instances) =>
        from instance in instances
        from objective in Gen.Elements(AssignmentObjective.Maximize, AssignmentObjective.Minimize)
        select (instance, objective);

    [Property(MaxTest = 600)]
    public Property Dense_total_equals_brute_force() =>
        Prop.ForAll(Arb.From(WithObjective(Instance.Generator(allFeasible: true))), t =>
        {
            var (instance, objective) = t;
            var result = LinearAssignment.SolveDense(instance.Values, instance.Rows, instance.Columns, objective);
            var (count, total) = instance.BruteForce(objective);
            return result.AssignedCount == Math.Min(instance.Rows, instance.Columns)
                && count == result.AssignedCount
                && Math.Abs(result.Total - total) < Tolerance
                && IsValid(instance, result);
        });

    [Property(MaxTest = 600)]
    public Property Sparse_assigns_the_most_rows_then_the_best_total_as_brute_force() =>
        Prop.ForAll(Arb.From(WithObjective(Instance.Generator(allFeasible: false))), t =>
        {
            var (instance, objective) = t;
            var result = LinearAssignment.SolveSparse(instance.ToSparse(), objective);
            var (count, total) = instance.BruteForce(objective);
            return count == result.AssignedCount
                && Math.Abs(result.Total - total) < Tolerance
                && IsValid(instance, result);
        });

    [Property(MaxTest = 300)]
    public Property Dense_with_a_mask_gives_the_same_assignment_as_sparse() =>
        Prop.ForAll(Arb.From(Instance.Generator(allFeasible: false)), instance =>
        {
            var dense = LinearAssignment.SolveDense(instance.Values, instance.Rows, instance.Columns, AssignmentObjective.Maximize, instance.Feasible);
            var sparse = LinearAssignment.SolveSparse(instance.ToSparse(), AssignmentObjective.Maximize);
            return dense == sparse && IsValid(instance, dense);
        });

    [Property(MaxTest = 600)]
    public Property Sparse_and_dense_agree_when_every_pair_is_feasible() =>
        Prop.ForAll(Arb.From(WithObjective(Instance.Generator(allFeasible: true))), t =>
        {
            var (instance, objective) = t;
            var dense = LinearAssignment.SolveDense(instance.Values, instance.Rows, instance.Columns, objective);
            var sparse = LinearAssignment.SolveSparse(instance.ToSparse(), objective);
            return dense.AssignedCount == sparse.AssignedCount && Math.Abs(dense.Total - sparse.Total) < Tolerance;
        });

    [Property(MaxTest = 300)]
    public Property Adding_a_column_never_lowers_the_optimum()
    {
        var gen = from instance in Instance.Generator(allFeasible: false)
                  from extra in Gen.Choose(0, 20).Select(v => v / 20.0).ArrayOf(instance.Rows)
                  from mask in Gen.Elements(true, false).ArrayOf(instance.Rows)
                  select (instance, extra, mask);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var (instance, extra, mask) = t;
            var wider = Widen(instance, extra, mask);
            var before = LinearAssignment.SolveSparse(instance.ToSparse(), AssignmentObjective.Maximize);
            var after = LinearAssignment.SolveSparse(wider.ToSparse(), AssignmentObjective.Maximize);
            var denseBefore = LinearAssignment.SolveDense(instance.Values, instance.Rows, instance.Columns, AssignmentObjective.Maximize);
            var denseAfter = LinearAssignment.SolveDense(wider.Values, wider.Rows, wider.Columns, AssignmentObjective.Maximize);

            // The sparse optimum is ordered by (assigned rows, total): one more assigned row may lower the total.
            bool sparseNotLower = after.AssignedCount > before.AssignedCount
                || (after.AssignedCount == before.AssignedCount && after.Total >= before.Total - Tolerance);
            bool denseNotLower = denseAfter.AssignedCount > denseBefore.AssignedCount
                || denseAfter.Total >= denseBefore.Total - Tolerance;
            return sparseNotLower && denseNotLower;
        });
    }

    [Property(MaxTest = 300)]
    public Property Results_do_not_depend_on_the_order_of_rows_and_columns()
    {
        var gen = from coarse in Gen.Elements(true, false)
                  from instance in Instance.Generator(allFeasible: false, coarse)
                  from rowKeys in Gen.Choose(0, 1000).ArrayOf(instance.Rows)
                  from columnKeys in Gen.Choose(0, 1000).ArrayOf(instance.Columns)
                  select (coarse, instance, rowKeys, columnKeys);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var (coarse, instance, rowKeys, columnKeys) = t;
            int[] rowOrder = Enumerable.Range(0, instance.Rows).OrderBy(r => rowKeys[r]).ThenBy(r => r).ToArray();
            int[] columnOrder = Enumerable.Range(0, instance.Columns).OrderBy(c => columnKeys[c]).ThenBy(c => c).ToArray();
            var shuffled = Permute(instance, rowOrder, columnOrder);

            foreach (var (original, permuted) in new[]
            {
                (LinearAssignment.SolveSparse(instance.ToSparse(), AssignmentObjective.Maximize), LinearAssignment.SolveSparse(shuffled.ToSparse(), AssignmentObjective.Maximize)),
                (LinearAssignment.SolveDense(instance.Values, instance.Rows, instance.Columns, AssignmentObjective.Maximize), LinearAssignment.SolveDense(shuffled.Values, shuffled.Rows, shuffled.Columns, AssignmentObjective.Maximize)),
            })
            {
                if (original.AssignedCount != permuted.AssignedCount || Math.Abs(original.Total - permuted.Total) > Tolerance)
                {
                    return false;
                }

                // Fine values have no ties: the optimum is unique, so the pairs must be the same ones.
                if (!coarse)
                {
                    for (int k = 0; k < rowOrder.Length; k++)
                    {
                        int column = permuted.ColumnOf(k);
                        int mapped = column < 0 ? -1 : columnOrder[column];
                        if (original.ColumnOf(rowOrder[k]) != mapped)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 100)]
    public Property A_larger_sparse_problem_agrees_with_the_dense_solver_on_a_penalised_matrix()
    {
        // Beyond brute force (20–60 rows and columns): an independent oracle is the dense solver on a full matrix in
        // which infeasible pairs cost far more than leaving a row on one of its extra "unassigned" columns, which in
        // turn costs more than any difference in total. Same optimum, different code.
        var gen = from rows in Gen.Choose(20, 60)
                  from columns in Gen.Choose(20, 60)
                  from seed in Gen.Choose(0, int.MaxValue - 1)
                  from density in Gen.Choose(2, 30)
                  select (rows, columns, seed, density);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var random = new Random(t.seed);
            double[] values = Enumerable.Range(0, t.rows * t.columns).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
            bool[] feasible = values.Select(_ => random.Next(100) < t.density).ToArray();
            var instance = new Instance(t.rows, t.columns, values, feasible);

            const double Unassigned = -1_000, Infeasible = -1_000_000;
            int width = t.columns + t.rows;
            double[] penalised = new double[t.rows * width];
            for (int r = 0; r < t.rows; r++)
            {
                for (int c = 0; c < width; c++)
                {
                    penalised[(r * width) + c] = c >= t.columns ? Unassigned : instance.IsFeasible(r, c) ? instance.Value(r, c) : Infeasible;
                }
            }

            var oracle = LinearAssignment.SolveDense(penalised, t.rows, width, AssignmentObjective.Maximize);
            var oraclePairs = oracle.Pairs().Where(p => p.Column < t.columns).ToList();
            var sparse = LinearAssignment.SolveSparse(instance.ToSparse(), AssignmentObjective.Maximize);
            return oraclePairs.All(p => instance.IsFeasible(p.Row, p.Column))
                && sparse.AssignedCount == oraclePairs.Count
                && Math.Abs(sparse.Total - oraclePairs.Sum(p => instance.Value(p.Row, p.Column))) < Tolerance
                && IsValid(instance, sparse);
        });
    }

    internal static bool IsValid(Instance instance, AssignmentResult result)
    {
        var seen = new HashSet<int>();
        foreach (var (row, column) in result.Pairs())
        {
            if (!instance.IsFeasible(row, column) || !seen.Add(column))
            {
                return false;
            }
        }

        return result.Rows == instance.Rows;
    }

    private static Instance Widen(Instance instance, double[] extra, bool[] mask)
    {
        int columns = instance.Columns + 1;
        double[] values = new double[instance.Rows * columns];
        bool[] feasible = new bool[instance.Rows * columns];
        for (int r = 0; r < instance.Rows; r++)
        {
            for (int c = 0; c < instance.Columns; c++)
            {
                values[(r * columns) + c] = instance.Value(r, c);
                feasible[(r * columns) + c] = instance.IsFeasible(r, c);
            }

            values[(r * columns) + instance.Columns] = extra[r];
            feasible[(r * columns) + instance.Columns] = mask[r];
        }

        return new Instance(instance.Rows, columns, values, feasible);
    }

    private static Instance Permute(Instance instance, int[] rowOrder, int[] columnOrder)
    {
        double[] values = new double[instance.Values.Length];
        bool[] feasible = new bool[instance.Values.Length];
        for (int r = 0; r < instance.Rows; r++)
        {
            for (int c = 0; c < instance.Columns; c++)
            {
                values[(r * instance.Columns) + c] = instance.Value(rowOrder[r], columnOrder[c]);
                feasible[(r * instance.Columns) + c] = instance.IsFeasible(rowOrder[r], columnOrder[c]);
            }
        }

        return new Instance(instance.Rows, instance.Columns, values, feasible);
    }
}
