using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

public class ProductPolicyFormTests
{
    private static ProductPolicyForm.Result Parse(params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        return ProductPolicyForm.Parse(k => form.GetValueOrDefault(k));
    }

    [Test]
    public void A_form_without_the_block_is_left_alone()
    {
        var result = Parse((ProductPolicyForm.OwnPolicy, "2"));
        result.Choice.Should().BeNull();
        result.Errors.Should().BeEmpty();
    }

    [Test]
    public void Use_default_ignores_the_own_policy_field()
    {
        var result = Parse((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.UseDefault, "true,false"), (ProductPolicyForm.OwnPolicy, "junk"));
        result.Errors.Should().BeEmpty();
        result.Choice.Should().Be(new ProductPolicyChoice(true, null, null, null));
    }

    [Test]
    public void Own_policy_with_limit_and_restock_date()
    {
        var result = Parse((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.UseDefault, "false"), (ProductPolicyForm.OwnPolicy, "2"),
            (ProductPolicyForm.Limit, " 25 "), (ProductPolicyForm.RestockDate, "2026-12-12"));
        result.Errors.Should().BeEmpty();
        result.Choice.Should().Be(new ProductPolicyChoice(false, BackorderMode.AllowQtyBelow0AndNotifyCustomer, 25,
            new DateTime(2026, 12, 12, 0, 0, 0, DateTimeKind.Utc)));
    }

    [TestCase(ProductPolicyForm.OwnPolicy, "5")]
    [TestCase(ProductPolicyForm.OwnPolicy, "")]
    [TestCase(ProductPolicyForm.Limit, "-3")]
    [TestCase(ProductPolicyForm.Limit, "ten")]
    [TestCase(ProductPolicyForm.RestockDate, "12/12/2026")]
    public void Bad_input_is_reported_against_its_field_and_nothing_is_chosen(string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            [ProductPolicyForm.Marker] = "1",
            [ProductPolicyForm.OwnPolicy] = "1",
            [field] = value
        };

        var result = ProductPolicyForm.Parse(k => fields.GetValueOrDefault(k));

        result.Choice.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Field.Should().Be(field);
        result.Errors[0].Error.Should().Contain($"'{value}'");
    }
}

public class EnteredQuantityFormTests
{
    [TestCase("5", 5)]
    [TestCase(" 12 ", 12)]
    [TestCase("-3", 0)]
    [TestCase("two", 0)]
    [TestCase(null, 0)]
    public void Reads_the_product_s_own_quantity_field(string posted, int expected)
    {
        var form = new Dictionary<string, string> { ["addtocart_7.EnteredQuantity"] = posted, ["addtocart_8.EnteredQuantity"] = "99" };
        EnteredQuantityForm.Parse(7, k => form.GetValueOrDefault(k)).Should().Be(expected);
    }
}
