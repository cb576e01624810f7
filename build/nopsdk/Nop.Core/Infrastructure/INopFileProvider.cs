namespace Nop.Core.Infrastructure;

public partial interface INopFileProvider;
