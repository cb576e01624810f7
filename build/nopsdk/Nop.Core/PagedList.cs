namespace Nop.Core;

// Plain data: a page of items and the total they were taken from (same rules as nopCommerce).
[Serializable]
public partial class PagedList<T> : List<T>, IPagedList<T>
{
    public PagedList(IList<T> source, int pageIndex, int pageSize, int? totalCount = null)
    {
        pageSize = Math.Max(pageSize, 1);
        TotalCount = totalCount ?? source.Count;
        TotalPages = TotalCount / pageSize + (TotalCount % pageSize > 0 ? 1 : 0);
        PageSize = pageSize;
        PageIndex = pageIndex;
        AddRange(totalCount != null ? source : source.Skip(pageIndex * pageSize).Take(pageSize));
    }

    public int PageIndex { get; }
    public int PageSize { get; }
    public int TotalCount { get; }
    public int TotalPages { get; }
}
