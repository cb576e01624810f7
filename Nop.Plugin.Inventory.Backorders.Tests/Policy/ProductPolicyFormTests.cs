using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Infrastructure;
using Nop.Plugin.Inventory.Backorders.Services;
using Nop.Plugin.Inventory.Backorders.Services.Policy;
using Nop.Plugin.Inventory.Backorders.Services.Storefront;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

public class ProductPolicyFormTests
{
    private static readonly DateTime Today = new(2026, 11, 30);

    private static ProductPolicyForm.Result Parse(params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        return ProductPolicyForm.Parse(k => form.GetValueOrDefault(k), Today);
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

    [TestCase(ProductPolicyForm.OwnPolicy, "5", ProductPolicyForm.OwnPolicyError)]
    [TestCase(ProductPolicyForm.OwnPolicy, "", ProductPolicyForm.OwnPolicyError)]
    [TestCase(ProductPolicyForm.Limit, "-3", ProductPolicyForm.LimitError)]
    [TestCase(ProductPolicyForm.Limit, "ten", ProductPolicyForm.LimitError)]
    [TestCase(ProductPolicyForm.RestockDate, "12/12/2026", ProductPolicyForm.RestockDateError)]
    [TestCase(ProductPolicyForm.RestockDate, "1900-01-01", ProductPolicyForm.RestockDatePassedError)]
    [TestCase(ProductPolicyForm.RestockDate, "2026-11-29", ProductPolicyForm.RestockDatePassedError)]
    public void Bad_input_is_reported_against_its_field_and_nothing_is_chosen(string field, string value, string resource)
    {
        var fields = new Dictionary<string, string>
        {
            [ProductPolicyForm.Marker] = "1",
            [ProductPolicyForm.OwnPolicy] = "1",
            [field] = value
        };

        var result = ProductPolicyForm.Parse(k => fields.GetValueOrDefault(k), Today);

        result.Choice.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Field.Should().Be(field);
        result.Errors[0].Resource.Should().Be(resource);
        result.Errors[0].Arguments.Should().Equal(value);
        BackordersLocaleResources.English.Should().ContainKey(resource);
    }

    [TestCase("2026-11-29", false, Description = "yesterday")]
    [TestCase("2026-11-30", true, Description = "today")]
    [TestCase("2026-12-01", true, Description = "tomorrow")]
    [TestCase("2099-01-01", true)]
    [TestCase("1900-01-01", false)]
    public void An_expected_restock_date_before_today_is_refused(string date, bool accepted)
    {
        var result = Parse((ProductPolicyForm.Marker, "1"), (ProductPolicyForm.OwnPolicy, "2"), (ProductPolicyForm.RestockDate, date));

        if (accepted)
        {
            result.Errors.Should().BeEmpty();
            result.Choice!.Value.ExpectedRestockDate.Should().Be(DateTime.SpecifyKind(DateTime.Parse(date), DateTimeKind.Utc));
        }
        else
        {
            result.Choice.Should().BeNull();
            result.Errors.Should().ContainSingle().Which.Should().Match<FormError>(e =>
                e.Field == ProductPolicyForm.RestockDate && e.Resource == ProductPolicyForm.RestockDatePassedError);
        }
    }

    [Test]
    public void Today_is_a_date_whatever_the_time_of_day()
    {
        var form = new Dictionary<string, string> { [ProductPolicyForm.Marker] = "1", [ProductPolicyForm.UseDefault] = "true", [ProductPolicyForm.RestockDate] = "2026-11-30" };
        ProductPolicyForm.Parse(k => form.GetValueOrDefault(k), Today.AddHours(23.5)).Errors.Should().BeEmpty();
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
