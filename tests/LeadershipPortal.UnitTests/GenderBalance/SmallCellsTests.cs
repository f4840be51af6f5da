using LeadershipPortal.Domain.GenderBalance;

namespace LeadershipPortal.UnitTests.GenderBalance;

public sealed class SmallCellsTests
{
    [Fact]
    public void Counts_of_one_to_four_read_less_than_five_and_zero_and_five_are_shown()
    {
        var row = SmallCells.Suppress(new GenderCounts(Women: 3, Men: 10, Another: 0, NotStated: 4));

        Assert.Equal("<5", row.Women.Display);
        Assert.Equal("<5", row.NotStated.Display);
        Assert.Equal("10", row.Men.Display);
        Assert.Equal("0", row.Another.Display);
        Assert.Equal("17", row.Total.Display);
    }

    [Fact]
    public void A_single_small_cell_beside_a_shown_total_takes_the_smallest_other_non_zero_cell_with_it()
    {
        // 17 = 3 + 9 + 0 + 5: with only the 3 withheld, 17 − 9 − 0 − 5 would give it back.
        var row = SmallCells.Suppress(new GenderCounts(3, 9, 0, 5));

        Assert.Equal(CellState.Small, row.Women.State);
        Assert.Equal(CellState.Hidden, row.NotStated.State);
        Assert.Equal("hidden", row.NotStated.Display);
        Assert.True(row.Men.IsShown);
        Assert.True(row.Another.IsShown);
        Assert.True(row.Total.IsShown);
    }

    [Fact]
    public void A_row_of_fewer_than_five_people_withholds_every_cell_zeros_included()
    {
        var row = SmallCells.Suppress(new GenderCounts(0, 3, 0, 0));

        Assert.All(row.Groups.Append(row.Total), c => Assert.Equal("<5", c.Display));
        Assert.Null(row.ShareOfWomen);
    }

    [Fact]
    public void An_empty_row_shows_its_zeros()
    {
        var row = SmallCells.Suppress(GenderCounts.None);

        Assert.All(row.Groups.Append(row.Total), c => Assert.Equal("0", c.Display));
    }

    [Fact]
    public void A_non_zero_cell_is_withheld_before_a_zero()
    {
        // 3 women and 7 men: the men are the only other non-zero cell, so they are withheld, not a zero.
        var row = SmallCells.Suppress(new GenderCounts(3, 7, 0, 0));

        Assert.Equal(CellState.Small, row.Women.State);
        Assert.Equal(CellState.Hidden, row.Men.State);
        Assert.True(row.Total.IsShown);
    }

    [Fact]
    public void The_share_of_women_is_published_only_when_it_follows_from_shown_counts()
    {
        Assert.Equal(0.4, SmallCells.Suppress(new GenderCounts(8, 12, 0, 0)).ShareOfWomen!.Value, 10);
        Assert.Null(SmallCells.Suppress(new GenderCounts(3, 12, 0, 0)).ShareOfWomen);
    }

    [Fact]
    public void Additive_columns_are_protected_too()
    {
        // Two quarters: women 3 and 9. The year's 12 women may be published elsewhere, so the 9 is withheld too.
        var rows = SmallCells.SuppressTable([new GenderCounts(3, 10, 0, 0), new GenderCounts(9, 10, 0, 0)], additiveColumns: true);

        Assert.Equal(CellState.Small, rows[0].Women.State);
        Assert.NotEqual(CellState.Shown, rows[1].Women.State);
        AssertNothingRecoverable(rows, additiveColumns: true);
    }

    [Fact]
    public void No_withheld_cell_can_be_recovered_from_a_shown_total_in_any_table()
    {
        // Every row of every small table (counts 0–8 per group) and random tables of several rows.
        var small = from w in Enumerable.Range(0, 9)
                    from m in Enumerable.Range(0, 9)
                    from a in Enumerable.Range(0, 4)
                    from n in Enumerable.Range(0, 4)
                    select new GenderCounts(w, m, a, n);
        foreach (var counts in small)
        {
            AssertNothingRecoverable(SmallCells.SuppressTable([counts], additiveColumns: false), additiveColumns: false);
        }

        var random = new Random(20161908);
        for (var i = 0; i < 2000; i++)
        {
            var rows = Enumerable.Range(0, random.Next(2, 7))
                .Select(_ => new GenderCounts(random.Next(0, 12), random.Next(0, 15), random.Next(0, 3), random.Next(0, 4)))
                .ToList();
            AssertNothingRecoverable(SmallCells.SuppressTable(rows, additiveColumns: true), additiveColumns: true);
        }
    }

    /// <summary>No line (a row with its total, or an additive column) holds exactly one withheld cell; no shown cell is 1–4.</summary>
    internal static void AssertNothingRecoverable(IReadOnlyList<SuppressedRow> rows, bool additiveColumns)
    {
        foreach (var row in rows)
        {
            var cells = row.Groups.Append(row.Total).ToList();
            Assert.DoesNotContain(cells, c => c.IsShown && c.Value is > 0 and < SmallCells.Threshold);
            if (row.Total.IsShown)
            {
                Assert.NotEqual(1, row.Groups.Count(c => !c.IsShown));
            }
        }

        if (additiveColumns)
        {
            foreach (var group in GenderGroups.All)
            {
                Assert.NotEqual(1, rows.Count(r => !r[group].IsShown));
            }

            Assert.NotEqual(1, rows.Count(r => !r.Total.IsShown));
        }
    }
}
