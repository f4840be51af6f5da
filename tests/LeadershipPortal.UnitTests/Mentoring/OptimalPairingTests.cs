using LeadershipPortal.Domain.Mentoring;

namespace LeadershipPortal.UnitTests.Mentoring;

public sealed class OptimalPairingTests
{
    [Fact]
    public void A_greedy_first_choice_is_undone_when_it_costs_the_total()
    {
        // Greedy would give mentee 0 mentor 0 (90) and leave mentee 1 with 10: 100. Optimal is 80 + 85 = 165.
        int?[,] scores = { { 90, 80 }, { 85, 10 } };

        var assignment = OptimalPairing.Assign(scores, [1, 1]);

        Assert.Equal([1, 0], assignment);
        Assert.Equal(165, OptimalPairing.Total(scores, assignment));
    }

    [Fact]
    public void Pairing_as_many_as_possible_comes_before_a_higher_total()
    {
        // Mentor 0 could take mentee 0 for 100, but then mentee 1 (who can only go to mentor 0) would wait.
        int?[,] scores = { { 100, 1 }, { 5, null } };

        var assignment = OptimalPairing.Assign(scores, [1, 1]);

        Assert.Equal([1, 0], assignment);
    }

    [Fact]
    public void Capacity_is_never_exceeded_and_the_rest_wait()
    {
        int?[,] scores = { { 50 }, { 60 }, { 70 } };

        var assignment = OptimalPairing.Assign(scores, [2]);

        Assert.Equal([null, 0, 0], assignment);
    }

    [Fact]
    public void The_optimal_pairing_equals_brute_force_on_many_small_random_cases()
    {
        var random = new Random(20260527);
        for (var round = 0; round < 400; round++)
        {
            var mentees = random.Next(0, 6);
            var mentors = random.Next(1, 5);
            var scores = new int?[mentees, mentors];
            for (var i = 0; i < mentees; i++)
            {
                for (var j = 0; j < mentors; j++)
                {
                    scores[i, j] = random.NextDouble() < 0.25 ? null : random.Next(0, 101);
                }
            }

            var slots = Enumerable.Range(0, mentors).Select(_ => random.Next(0, 3)).ToArray();

            var assignment = OptimalPairing.Assign(scores, slots);
            var best = BruteForce(scores, slots);

            for (var j = 0; j < mentors; j++)
            {
                Assert.True(assignment.Count(a => a == j) <= slots[j], $"Round {round}: mentor {j} over capacity.");
            }

            Assert.All(assignment.Select((mentor, mentee) => (mentor, mentee)).Where(x => x.mentor is not null), x => Assert.NotNull(scores[x.mentee, x.mentor!.Value]));
            Assert.Equal(best, (assignment.Count(a => a is not null), OptimalPairing.Total(scores, assignment)));
        }
    }

    /// <summary>Tries every way of giving each mentee a mentor or none; the best pairs most, then scores most.</summary>
    private static (int Paired, int Total) BruteForce(int?[,] scores, int[] slots)
    {
        var mentees = scores.GetLength(0);
        var mentors = scores.GetLength(1);
        var used = new int[mentors];
        var best = (Paired: 0, Total: 0);

        void Visit(int mentee, int paired, int total)
        {
            if (mentee == mentees)
            {
                if (paired > best.Paired || (paired == best.Paired && total > best.Total))
                {
                    best = (paired, total);
                }

                return;
            }

            Visit(mentee + 1, paired, total);
            for (var j = 0; j < mentors; j++)
            {
                if (scores[mentee, j] is { } score && used[j] < slots[j])
                {
                    used[j]++;
                    Visit(mentee + 1, paired + 1, total + score);
                    used[j]--;
                }
            }
        }

        Visit(0, 0, 0);
        return best;
    }
}
