using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Controllers;

public abstract partial class BaseController : Controller
{
    protected virtual IActionResult AccessDeniedView() => throw null;
}

public abstract partial class BasePluginController : BaseController;
