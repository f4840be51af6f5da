namespace LeadershipPortal.Domain.Mentoring;

/// <summary>
/// Batch pairing as a minimum-cost flow: source → mentee (capacity 1) → mentor (capacity 1, cost −score, only for
/// allowed pairs) → sink (capacity = the mentor's free slots). Successive shortest paths (Bellman–Ford, since costs
/// are negative) augment one mentee at a time; the flow after the last augmentation pairs as many mentees as the
/// capacities allow and, among such pairings, has the highest total compatibility.
/// </summary>
public static class OptimalPairing
{
    /// <param name="scores">scores[mentee, mentor]; null where the pair is excluded.</param>
    /// <param name="freeSlots">free slots per mentor (column).</param>
    /// <returns>For each mentee (row) the index of their mentor, or null when no mentor can be found.</returns>
    public static int?[] Assign(int?[,] scores, IReadOnlyList<int> freeSlots)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var mentees = scores.GetLength(0);
        var mentors = scores.GetLength(1);
        if (freeSlots.Count != mentors)
        {
            throw new ArgumentException("One capacity per mentor is needed.", nameof(freeSlots));
        }

        var graph = new FlowGraph(mentees + mentors + 2);
        var source = 0;
        var sink = mentees + mentors + 1;
        var pairEdges = new List<(int Mentee, int Mentor, int Edge)>();
        for (var i = 0; i < mentees; i++)
        {
            graph.AddEdge(source, 1 + i, 1, 0);
            for (var j = 0; j < mentors; j++)
            {
                if (scores[i, j] is { } score)
                {
                    pairEdges.Add((i, j, graph.AddEdge(1 + i, 1 + mentees + j, 1, -score)));
                }
            }
        }

        for (var j = 0; j < mentors; j++)
        {
            graph.AddEdge(1 + mentees + j, sink, Math.Max(0, freeSlots[j]), 0);
        }

        while (graph.AugmentAlongShortestPath(source, sink))
        {
        }

        var result = new int?[mentees];
        foreach (var (mentee, mentor, edge) in pairEdges.Where(p => graph.Flow(p.Edge) > 0))
        {
            result[mentee] = mentor;
        }

        return result;
    }

    /// <summary>The total score of an assignment (for display and for tests).</summary>
    public static int Total(int?[,] scores, int?[] assignment) =>
        assignment.Select((mentor, mentee) => mentor is { } j ? scores[mentee, j] ?? throw new ArgumentException("An excluded pair was assigned.") : 0).Sum();

    private sealed class FlowGraph(int nodes)
    {
        private readonly List<int> _to = [];
        private readonly List<int> _capacity = [];
        private readonly List<int> _cost = [];
        private readonly List<int>[] _out = Enumerable.Range(0, nodes).Select(_ => new List<int>()).ToArray();

        public int AddEdge(int from, int to, int capacity, int cost)
        {
            var id = _to.Count;
            _to.Add(to);
            _capacity.Add(capacity);
            _cost.Add(cost);
            _out[from].Add(id);
            _to.Add(from);
            _capacity.Add(0);
            _cost.Add(-cost);
            _out[to].Add(id + 1);
            return id;
        }

        /// <summary>The flow on a forward edge is the capacity its reverse edge has gained.</summary>
        public int Flow(int edge) => _capacity[edge ^ 1];

        public bool AugmentAlongShortestPath(int source, int sink)
        {
            var distance = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
            var via = Enumerable.Repeat(-1, nodes).ToArray();
            distance[source] = 0;
            for (var round = 0; round < nodes; round++)
            {
                var changed = false;
                for (var node = 0; node < nodes; node++)
                {
                    if (distance[node] == long.MaxValue)
                    {
                        continue;
                    }

                    foreach (var edge in _out[node].Where(e => _capacity[e] > 0 && distance[node] + _cost[e] < distance[_to[e]]))
                    {
                        distance[_to[edge]] = distance[node] + _cost[edge];
                        via[_to[edge]] = edge;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            if (via[sink] < 0)
            {
                return false;
            }

            for (var node = sink; node != source; node = _to[via[node] ^ 1])
            {
                _capacity[via[node]]--;
                _capacity[via[node] ^ 1]++;
            }

            return true;
        }
    }
}
