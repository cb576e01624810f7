namespace Nop.Web.Framework.Models;

public partial interface IPagingRequestModel
{
    int Page { get; }
    int PageSize { get; }
}

public partial interface IPagedModel<T> where T : BaseNopModel;

// Plain data (DataTables' paging request); the parameterless SetGridPageSize reads the host's admin settings.
public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    protected BaseSearchModel()
    {
        Length = 10;
    }

    public int Page => (Start / Length) + 1;
    public int PageSize => Length;
    public string AvailablePageSizes { get; set; }
    public string Draw { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }

    public virtual void SetGridPageSize() => throw null;

    public virtual void SetGridPageSize(int pageSize, string availablePageSizes = null)
    {
        Start = 0;
        Length = pageSize;
        AvailablePageSizes = availablePageSizes;
    }
}

public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
{
    public IEnumerable<T> Data { get; set; }
    public string Draw { get; set; }
    public int RecordsFiltered { get; set; }
    public int RecordsTotal { get; set; }
}
