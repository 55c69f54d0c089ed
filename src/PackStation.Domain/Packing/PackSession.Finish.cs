using PackStation.Domain.Events;
using PackStation.Domain.Packing.Actions;

namespace PackStation.Domain.Packing;

/// <summary>Weighing, labelling and confirmation: the second half of a pack session.</summary>
public sealed partial class PackSession
{
    /// <summary>A stable weight from the station's scale. Ignored unless the session is weighing.</summary>
    public SessionStep Weigh(decimal grams)
    {
        if (State != SessionState.Weighing || OverrideStage != OverrideStage.None)
            return new SessionStep(Feedback.Info("weight-ignored", "Weight ignored: not weighing now."), []);

        var check = Options.WeightRule.Check(OpenOrder.Lines, grams);
        LastWeight = check;
        if (check.Accepted)
        {
            var accepted = Event(PackEventKind.WeightAccepted, detail: WeightText(check));
            return ToLabel([accepted], Feedback.Ok("weight-accepted", "Weight OK: " + WeightText(check)));
        }

        var message = check.Verdict switch
        {
            Weighing.WeightVerdict.NoExpectedWeight => $"No expected weight for {OpenOrder.Id}: a unit weight is missing. Supervisor override needed.",
            Weighing.WeightVerdict.NotAParcel => $"Scale reads {grams} g: put the parcel on the scale.",
            _ => $"Weight {check.Verdict switch { Weighing.WeightVerdict.TooLight => "too light", _ => "too heavy" }}: {WeightText(check)}. Check the items and weigh again.",
        };
        return Exception(PackEventKind.WeightRejected, code: null, "weight-mismatch", message);
    }

    /// <summary>The runtime printed a label (new parcel or the order's first) with this tracking number.</summary>
    public SessionStep LabelPrinted(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        if (State is not (SessionState.Labelling or SessionState.Confirming))
            throw new InvalidOperationException($"Station {StationId} is {State}: no label was being printed.");

        if (!_parcels.Contains(trackingNumber, StringComparer.Ordinal))
            _parcels.Add(trackingNumber);
        var printed = Event(PackEventKind.LabelPrinted, trackingNumber, $"parcel {_parcels.IndexOf(trackingNumber) + 1}");
        if (Options.ConfirmByScan)
        {
            State = SessionState.Confirming;
            return new SessionStep(Feedback.Ok("label-printed", $"Label {trackingNumber} printed: stick it on and scan it."), [printed]);
        }

        return Complete([printed]);
    }

    /// <summary>The printer could not print; the job waits in the print queue and the session stays where it is.</summary>
    public SessionStep PrintFailed(string reason) =>
        new(Feedback.Error("printer-fault", $"Printer: {reason}. The label prints when the printer is ready."),
            [Event(PackEventKind.PrintFailed, detail: reason)]);

    private SessionStep ToLabel(List<PackEvent> events, Feedback feedback)
    {
        if (Options.LabelTiming == LabelTiming.PrintedBeforePicking && _parcels.Count > 0)
        {
            if (!Options.ConfirmByScan)
                return Complete(events);
            State = SessionState.Confirming;
            return new SessionStep(Feedback.Ok("scan-waybill", feedback.Message + " Scan the waybill on the parcel."), events);
        }

        if (_parcels.Count > 0)
        {
            // Resumed after the label was printed: do not print it again unless asked.
            State = SessionState.Confirming;
            if (!Options.ConfirmByScan)
                return Complete(events);
            return new SessionStep(Feedback.Ok("scan-label", feedback.Message + " Scan the label on the parcel."), events);
        }

        State = SessionState.Labelling;
        return new SessionStep(feedback, events, new PrintLabel(OpenOrder, Progress));
    }

    private SessionStep ScanLabel(string code)
    {
        if (!_parcels.Contains(code, StringComparer.Ordinal))
            return Exception(PackEventKind.WrongLabel, code, "wrong-label", $"Wrong label {code}: this parcel needs {string.Join(" or ", _parcels)}.");

        _confirmed.Add(code);
        var confirmed = Event(PackEventKind.LabelConfirmed, code);
        if (_parcels.All(_confirmed.Contains))
            return Complete([confirmed]);
        var left = _parcels.Count(p => !_confirmed.Contains(p));
        return new SessionStep(Feedback.Ok("label-confirmed", $"Label {code} confirmed; {left} more parcel label(s) to scan."), [confirmed]);
    }

    private SessionStep Complete(List<PackEvent> events)
    {
        var order = OpenOrder;
        var packed = new PackedOrder(order.Id, order.Carrier, _parcels.ToArray(), LastWeight?.MeasuredGrams);
        events.Add(Event(PackEventKind.OrderPacked, _parcels.FirstOrDefault(), string.Join(",", _parcels)));
        _lastCompleted = new CompleteOrder(order, packed);
        ClearOrder();
        return new SessionStep(Feedback.Done("order-packed", $"Order {order.Id} packed. Scan the next order."), events, _lastCompleted);
    }

    private void ClearOrder()
    {
        Order = null;
        _needed = new Dictionary<string, int>(StringComparer.Ordinal);
        _verified.Clear();
        _parcels.Clear();
        _confirmed.Clear();
        LastWeight = null;
        State = Packer is null ? SessionState.LoggedOut : SessionState.Idle;
    }

    private static string WeightText(Weighing.WeightCheck check) =>
        check.ExpectedGrams is { } expected
            ? $"{check.MeasuredGrams:0.#} g, expected {expected:0.#} ± {check.AllowanceGrams:0.#} g"
            : $"{check.MeasuredGrams:0.#} g";
}
