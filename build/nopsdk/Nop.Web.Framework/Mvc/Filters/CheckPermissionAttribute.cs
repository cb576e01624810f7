using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(object)) => throw null;
    public CheckPermissionAttribute(string[] permissionSystemNames, CheckPermissionResultType resultType = CheckPermissionResultType.Default) : base(typeof(object)) => throw null;
    public List<string> PermissionSystemName => throw null;
    public CheckPermissionResultType ResultType => throw null;

    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Text = 2,
        Json = 3
    }
}
