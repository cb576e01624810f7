using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Catalog;

public partial class PredefinedProductAttributeValue : BaseEntity, ILocalizedEntity;
