using PackStation.Domain.Orders;
using PackStation.Domain.Privacy;
using PackStation.TestKit;

namespace PackStation.Domain.Tests.Privacy;

public sealed class ReceiverPrivacyTests
{
    [Theory]
    [InlineData("陈*平", true)]
    [InlineData("13*******23", true)]
    [InlineData("0580-***542", true)]
    [InlineData("白虎路＊-＊", true)]
    [InlineData("陈小平", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsMasked_PlatformMaskForms_Recognised(string? text, bool masked) =>
        Assert.Equal(masked, ReceiverPrivacy.IsMasked(text));

    [Fact]
    public void Protect_OaidOrMaskedField_ProtectedAndTextKeptAsItCame()
    {
        var byOaid = ReceiverPrivacy.Protect(new Recipient("陈小平", "13812345678", "白虎路8号") { Oaid = " 1AbC " });
        var byMask = ReceiverPrivacy.Protect(new Recipient("陈*平", "13*******23", "白虎路*-*"));
        var plain = ReceiverPrivacy.Protect(new Recipient("陈小平", "13812345678", "白虎路8号") { Oaid = "  " });

        Assert.True(byOaid.Protected);
        Assert.Equal("1AbC", byOaid.Oaid);
        Assert.True(byMask.Protected);
        Assert.Equal(("陈*平", "13*******23", "白虎路*-*"), (byMask.Name, byMask.Phone, byMask.Address));
        Assert.False(plain.Protected);
        Assert.Null(plain.Oaid);
    }

    [Fact]
    public void WaybillRecipient_ByOaidPlainOrRefused()
    {
        var protectedOrder = TestOrders.Protected("3391028845", "1AbC");
        var plainOrder = TestOrders.Make("3391028846");
        var maskedNoOaid = TestOrders.Protected("3391028847", "");

        Assert.Equal(new WaybillRecipient.ByOaid("1AbC", "3391028845"), ReceiverPrivacy.WaybillRecipient(protectedOrder));
        Assert.Equal(new WaybillRecipient.Plain(plainOrder.Recipient), ReceiverPrivacy.WaybillRecipient(plainOrder));
        var refused = Assert.IsType<WaybillRecipient.Refused>(ReceiverPrivacy.WaybillRecipient(maskedNoOaid));
        Assert.DoesNotContain("*", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CanRenderOwnLabel_OnlyForReceiversKnownInTheClear()
    {
        Assert.True(ReceiverPrivacy.CanRenderOwnLabel(TestOrders.Make("1")));
        Assert.False(ReceiverPrivacy.CanRenderOwnLabel(TestOrders.Protected("2", "1AbC")));
        Assert.False(ReceiverPrivacy.CanRenderOwnLabel(TestOrders.Make("3") with { Recipient = new("陈*平", "138", "x") }));
    }
}
