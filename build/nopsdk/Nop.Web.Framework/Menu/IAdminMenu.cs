namespace Nop.Web.Framework.Menu;

// Declared for AdminMenuCreatedEvent's constructor; no members used.
public partial interface IAdminMenu;
