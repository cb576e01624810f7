namespace Nop.Core;

// Declared for constructor signatures; no members used.
public partial interface IStoreContext;
