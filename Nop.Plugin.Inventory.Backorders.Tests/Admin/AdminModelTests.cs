using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Models;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Inventory.Backorders.Tests.Admin;

/// <summary>
/// The admin blocks render with nopCommerce's tag helpers (asp-for): the model's property paths are the posted field
/// names the consumers parse, and every label has a resource and a hint as nopCommerce's own fields do.
/// </summary>
public class AdminModelTests
{
    private static readonly ModelExpressionProvider Expressions = new(new EmptyModelMetadataProvider());

    private static string Name<TModel, TValue>(Expression<Func<TModel, TValue>> expression) => Expressions.GetExpressionText(expression);

    private static IEnumerable<TestCaseData> PostedNames()
    {
        yield return new TestCaseData(Name((ProductBackorderPolicyModel m) => m.Backorders.Posted), ProductPolicyForm.Marker);
        yield return new TestCaseData(Name((ProductBackorderPolicyModel m) => m.Backorders.UseDefault), ProductPolicyForm.UseDefault);
        yield return new TestCaseData(Name((ProductBackorderPolicyModel m) => m.Backorders.BackorderModeId), ProductPolicyForm.OwnPolicy);
        yield return new TestCaseData(Name((ProductBackorderPolicyModel m) => m.Backorders.BackorderLimit), ProductPolicyForm.Limit);
        yield return new TestCaseData(Name((ProductBackorderPolicyModel m) => m.Backorders.ExpectedRestockDate), ProductPolicyForm.RestockDate);
        yield return new TestCaseData(Name((CatalogSettingsBackorderModel m) => m.Backorders.DefaultPosted), DefaultPolicyForm.Marker);
        yield return new TestCaseData(Name((CatalogSettingsBackorderModel m) => m.Backorders.DefaultBackorderModeId), DefaultPolicyForm.Policy);
        yield return new TestCaseData(Name((CatalogSettingsBackorderModel m) => m.Backorders.DefaultBackorderLimit), DefaultPolicyForm.Limit);
        yield return new TestCaseData(Name((CombinationBackorderModel m) => m.Backorders.CombinationPosted), CombinationPolicyForm.Marker);
        yield return new TestCaseData(Name((CombinationBackorderModel m) => m.Backorders.CombinationFollowsProduct), CombinationPolicyForm.FollowsProduct);
    }

    [TestCaseSource(nameof(PostedNames))]
    public void Asp_for_posts_the_name_the_consumer_reads(string rendered, string parsed)
    {
        rendered.Should().Be(parsed);
    }

    [Test]
    public void Markers_post_a_value()
    {
        new ProductBackorderFieldsModel().Posted.Should().BeTrue();
        new DefaultBackorderFieldsModel().DefaultPosted.Should().BeTrue();
        new CombinationBackorderFieldsModel().CombinationPosted.Should().BeTrue();
    }

    [Test]
    public void The_limit_and_restock_date_use_nopCommerces_editors_for_an_empty_number_and_a_date()
    {
        // Int32Nullable: <input type="number"> empty when unset; DateNullable: <input type="date"> posting yyyy-MM-dd.
        UiHint(nameof(ProductBackorderFieldsModel.BackorderLimit)).Should().Be("Int32Nullable");
        UiHint(nameof(ProductBackorderFieldsModel.ExpectedRestockDate)).Should().Be("DateNullable");
        ProductPolicyForm.DateFormat.Should().Be("yyyy-MM-dd");

        static string UiHint(string property) => typeof(ProductBackorderFieldsModel).GetProperty(property)!
            .GetCustomAttribute<System.ComponentModel.DataAnnotations.UIHintAttribute>()?.UIHint;
    }

    private static IEnumerable<TestCaseData> Labels() =>
        new[] { typeof(ProductBackorderFieldsModel), typeof(DefaultBackorderFieldsModel), typeof(CombinationBackorderFieldsModel), typeof(ConfigurationModel) }
            .SelectMany(type => type.GetProperties())
            .Select(p => (Property: p, Key: p.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey))
            .Where(x => x.Key != null)
            .Select(x => new TestCaseData(x.Key).SetName($"Label {x.Property.DeclaringType!.Name}.{x.Property.Name}"));

    [TestCaseSource(nameof(Labels))]
    public void Every_label_has_its_text_and_a_hint_nopCommerce_can_show_as_is(string key)
    {
        BackordersLocaleResources.English.Should().ContainKey(key);
        BackordersLocaleResources.English.Should().ContainKey(key + ".Hint", "nop-label shows '<key>.Hint' as the '?' tooltip");
        // nop-label renders both unformatted.
        BackordersLocaleResources.English[key].Should().NotContain("{0}");
        BackordersLocaleResources.English[key + ".Hint"].Should().NotContain("{0}");
    }

    [Test]
    public void Every_posted_field_has_a_label_except_the_markers()
    {
        var fields = new[] { typeof(ProductBackorderFieldsModel), typeof(DefaultBackorderFieldsModel), typeof(CombinationBackorderFieldsModel) }
            .SelectMany(type => type.GetProperties().Where(p => p.CanWrite));

        fields.Where(p => p.GetCustomAttribute<NopResourceDisplayNameAttribute>() is null).Select(p => p.Name)
            .Should().BeEquivalentTo("Posted", "DefaultPosted", "CombinationPosted");
    }
}
