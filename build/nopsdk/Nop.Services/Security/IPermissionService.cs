namespace Nop.Services.Security;

// Subset the plugin calls.
public partial interface IPermissionService
{
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);
}
