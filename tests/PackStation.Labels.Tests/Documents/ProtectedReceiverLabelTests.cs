using PackStation.Labels.Tests.Support;
using PackStation.TestKit;

namespace PackStation.Labels.Tests.Documents;

/// <summary>A platform order whose receiver is masked is never rendered by PackStation as a shipping label.</summary>
public sealed class ProtectedReceiverLabelTests
{
    [Theory]
    [InlineData(LabelTemplate.Waybill76x130)]
    [InlineData(LabelTemplate.Waybill100x180)]
    [InlineData(LabelTemplate.Shipping4x6)]
    public void Render_ProtectedReceiver_RefusedNamingThePrintComponent(LabelTemplate template)
    {
        using var renderer = Renderers.Create();
        var order = TestOrders.Protected("3391028845", "1AbCdEf");

        var e = Assert.Throws<LabelRenderException>(() => renderer.Render(new LabelRequest
        {
            Order = order, TrackingNumber = "ZTO73100001", Carrier = "ZTO", Printer = SampleOrders.Zpl(), Template = template,
            Sender = SampleOrders.Sender,
        }));

        Assert.Contains("print component", e.Message, StringComparison.Ordinal);
        Assert.Contains(order.Id, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("张*燕", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MaskedReceiverNotFlagged_RefusedAllTheSame()
    {
        using var renderer = Renderers.Create();
        var order = TestOrders.Make("3391028845") with { Recipient = new("陈*平", "13*******23", "白虎路*-*") };

        Assert.Throws<LabelRenderException>(() => renderer.Render(new LabelRequest
        {
            Order = order, TrackingNumber = "ZTO73100001", Carrier = "ZTO", Printer = SampleOrders.Zpl(),
            Template = LabelTemplate.Waybill76x130, Sender = SampleOrders.Sender,
        }));
    }

    [Fact]
    public void Render_ProtectedReceiverPackingSlip_Printed()
    {
        using var renderer = Renderers.Create();

        var slip = renderer.Render(new LabelRequest
        {
            Order = TestOrders.Protected("3391028845", "1AbCdEf"), TrackingNumber = "ZTO73100001", Carrier = "ZTO",
            Printer = SampleOrders.EscPos(), Template = LabelTemplate.PackingSlip80, Sender = SampleOrders.Sender,
        });

        Assert.NotEmpty(slip.Bytes);
    }
}
