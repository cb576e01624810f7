using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nop.Web.Framework.Events;

public partial class ModelReceivedEvent<T>
{
    public ModelReceivedEvent(T model, ModelStateDictionary modelState)
    {
        Model = model;
        ModelState = modelState;
    }

    public T Model { get; protected set; }

    public ModelStateDictionary ModelState { get; protected set; }
}
