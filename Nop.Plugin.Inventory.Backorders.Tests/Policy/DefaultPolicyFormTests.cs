using Nop.Core.Domain.Catalog;
using Nop.Plugin.Inventory.Backorders.Services.Policy;

namespace Nop.Plugin.Inventory.Backorders.Tests.Policy;

public class DefaultPolicyFormTests
{
    private static DefaultPolicyForm.Result Parse(params (string Key, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        return DefaultPolicyForm.Parse(k => form.GetValueOrDefault(k));
    }

    [Test]
    public void Without_the_block_nothing_is_chosen() =>
        Parse((DefaultPolicyForm.Policy, "2")).Should().BeEquivalentTo(new DefaultPolicyForm.Result(null, []));

    [TestCase("0", "", BackorderMode.NoBackorders, 0)]
    [TestCase("1", "15", BackorderMode.AllowQtyBelow0, 15)]
    [TestCase("2", " 0 ", BackorderMode.AllowQtyBelow0AndNotifyCustomer, 0)]
    public void Reads_policy_and_limit(string policy, string limit, BackorderMode expectedPolicy, int expectedLimit)
    {
        var result = Parse((DefaultPolicyForm.Marker, "1"), (DefaultPolicyForm.Policy, policy), (DefaultPolicyForm.Limit, limit));
        result.Errors.Should().BeEmpty();
        result.Choice.Should().Be(new DefaultPolicyChoice(expectedPolicy, expectedLimit));
    }

    [TestCase(DefaultPolicyForm.Policy, "3", DefaultPolicyForm.PolicyError)]
    [TestCase(DefaultPolicyForm.Policy, "=1+1", DefaultPolicyForm.PolicyError)]
    [TestCase(DefaultPolicyForm.Limit, "-1", DefaultPolicyForm.LimitError)]
    [TestCase(DefaultPolicyForm.Limit, "1.5", DefaultPolicyForm.LimitError)]
    public void Bad_input_names_its_field(string field, string value, string resource)
    {
        var fields = new Dictionary<string, string> { [DefaultPolicyForm.Marker] = "1", [DefaultPolicyForm.Policy] = "1", [field] = value };
        var result = DefaultPolicyForm.Parse(k => fields.GetValueOrDefault(k));
        result.Choice.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Field.Should().Be(field);
        result.Errors[0].Resource.Should().Be(resource);
        result.Errors[0].Arguments.Should().Equal(value);
        Nop.Plugin.Inventory.Backorders.Infrastructure.BackordersLocaleResources.English.Should().ContainKey(resource);
    }
}
