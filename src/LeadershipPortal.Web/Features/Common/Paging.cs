namespace LeadershipPortal.Web.Features.Common;

/// <summary>One page of a longer list; pages are numbered from 1.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>Clamps a requested page number to 1 or more, so that a hand-edited query string cannot fail.</summary>
    public static int Normalise(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);
}
