using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

public abstract partial class BaseMenuItemCreatedEvent
{
    protected BaseMenuItemCreatedEvent(IAdminMenu adminMenu)
    {
    }
}

// Published by the admin menu once its nodes are built, before permissions hide what the admin may not see.
public partial class AdminMenuCreatedEvent : BaseMenuItemCreatedEvent
{
    public AdminMenuCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
    {
        RootMenuItem = rootMenuItem;
    }

    public AdminMenuItem RootMenuItem { get; protected set; }
}
