using PackStation.Domain.Events;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Scanning;

namespace PackStation.Domain.Packing;

/// <summary>Command barcodes and supervisor overrides.</summary>
public sealed partial class PackSession
{
    private SessionStep HandleCommand(CommandScan scan)
    {
        if (State == SessionState.LoggedOut)
            return Refuse(scan.Code, "badge-first", "Scan your badge first.");

        return scan.Command switch
        {
            PackCommand.Next when State == SessionState.Idle =>
                new SessionStep(Feedback.Info("claiming", "Finding the next order…"), [], new ClaimNextOrder()),
            PackCommand.Next => Refuse(scan.Code, "finish-order-first", "Finish, hold or cancel this order first."),
            PackCommand.Logout => Logout(scan.Code),
            PackCommand.Cancel => Cancel(scan.Code),
            PackCommand.Short => Short(scan.Code),
            PackCommand.Hold => HoldOrder(scan.Code),
            PackCommand.Reprint => Reprint(scan.Code),
            PackCommand.NewParcel => NewParcel(scan.Code),
            PackCommand.Override => RequestOverride(scan.Code),
            _ => Refuse(scan.Code, "unknown-command", $"Unknown command {scan.Code}."),
        };
    }

    /// <summary>
    /// The order was taken away from this station (the shop cancelled it, a supervisor held it, its claim expired):
    /// forget it and tell the packer why.
    /// </summary>
    public SessionStep OrderWithdrawn(string reason)
    {
        if (Order is null)
            return new SessionStep(Feedback.Info("no-order", "No order to withdraw."), []);
        var orderId = Order.Id;
        var withdrawn = Event(PackEventKind.OrderReleased, detail: "withdrawn: " + reason);
        OverrideStage = OverrideStage.None;
        _supervisor = null;
        ClearOrder();
        return new SessionStep(Feedback.Error("order-withdrawn", $"Order {orderId} was withdrawn: {reason}. Put its items aside."), [withdrawn]);
    }

    private SessionStep Logout(string code)
    {
        if (Order is not null)
            return Refuse(code, "finish-order-first", "Finish, hold or cancel this order before logging out.");
        var loggedOut = Event(PackEventKind.LoggedOut, code);
        Packer = null;
        _lastCompleted = null;
        State = SessionState.LoggedOut;
        return new SessionStep(Feedback.Info("logged-out", "Logged out. Scan a badge to start."), [loggedOut]);
    }

    /// <summary>
    /// Ends the login of a packer who was disabled or whose badge was re-issued (<paramref name="reason"/>), once the
    /// station holds no order: the order in hand is finished first, so nothing half-packed is left behind. Null while
    /// an order or an override is in progress, or nobody is logged in. <paramref name="scannedCode"/>, if given, is the
    /// scan that found it out, refused.
    /// </summary>
    public SessionStep? EndLogin(string reason, string? scannedCode)
    {
        if (Packer is not { } packer || Order is not null || OverrideStage != OverrideStage.None)
            return null;
        var events = new List<PackEvent> { Event(PackEventKind.LoggedOut, detail: "login ended: " + reason) };
        Packer = null;
        _lastCompleted = null;
        State = SessionState.LoggedOut;
        if (scannedCode is not null)
            events.Add(Event(PackEventKind.ScanRefused, scannedCode, "logged out: " + reason));
        return new SessionStep(Feedback.Error("login-ended", $"{packer.Name} is logged out: {reason}. Scan a valid badge."), events);
    }

    private SessionStep Cancel(string code)
    {
        if (Order is null)
            return Refuse(code, "no-order", "There is no order to cancel.");
        if (_parcels.Count > 0 && Options.LabelTiming == LabelTiming.AfterVerification)
            return Refuse(code, "label-printed", "A label is printed for this order: confirm it, or HOLD the order.");
        var orderId = Order.Id;
        var released = Event(PackEventKind.OrderReleased, code, "cancelled at the station");
        ClearOrder();
        return new SessionStep(Feedback.Info("order-released", $"Order {orderId} goes back to the queue."), [released],
            new ReleaseOrder(orderId));
    }

    private SessionStep Short(string code)
    {
        if (State != SessionState.Verifying)
            return Refuse(code, "short-not-now", "SHORT is for a missing item while scanning an order.");
        var missing = string.Join(", ", _needed
            .Where(pair => _verified.GetValueOrDefault(pair.Key) < pair.Value)
            .Select(pair => $"{pair.Key} × {pair.Value - _verified.GetValueOrDefault(pair.Key)}"));
        return Hold(code, PackEventKind.OrderShort, "short pick: missing " + missing);
    }

    private SessionStep HoldOrder(string code) =>
        Order is null ? Refuse(code, "no-order", "There is no order to hold.") : Hold(code, PackEventKind.OrderHeld, "held at station " + StationId);

    private SessionStep Hold(string code, PackEventKind kind, string reason)
    {
        var orderId = OpenOrder.Id;
        var held = Event(kind, code, reason);
        ClearOrder();
        return new SessionStep(Feedback.Error(kind == PackEventKind.OrderShort ? "order-short" : "order-held", $"Order {orderId} on hold: {reason}."),
            [held], new HoldOrder(orderId, reason));
    }

    private SessionStep Reprint(string code)
    {
        if (State == SessionState.Confirming && _parcels.Count > 0)
            return new SessionStep(Feedback.Info("reprinting", $"Reprinting {_parcels[^1]}."),
                [Event(PackEventKind.LabelReprinted, code, _parcels[^1])], new ReprintLabel(OpenOrder, _parcels[^1]));
        if (State == SessionState.Idle && _lastCompleted is { Packed.TrackingNumbers.Count: > 0 } last)
        {
            var (orderId, tracking) = (last.Order.Id, last.Packed.TrackingNumbers[^1]);
            return new SessionStep(Feedback.Info("reprinting", $"Reprinting {tracking} for {orderId}."),
                [Event(PackEventKind.LabelReprinted, code, $"{orderId} {tracking}")], new ReprintLabel(last.Order, tracking));
        }

        return Refuse(code, "nothing-to-reprint", "There is no printed label to reprint.");
    }

    private SessionStep NewParcel(string code)
    {
        if (State != SessionState.Confirming)
            return Refuse(code, "new-parcel-not-now", "NEW PARCEL is for an order whose label is printed.");
        State = SessionState.Labelling;
        return new SessionStep(Feedback.Info("new-parcel", "Printing a label for another parcel."),
            [Event(PackEventKind.NewParcel, code)], new PrintLabel(OpenOrder, Progress));
    }

    private SessionStep RequestOverride(string code)
    {
        if (State is not (SessionState.Verifying or SessionState.Weighing))
            return Refuse(code, "override-not-now", "Override is for unverified items or a weight mismatch.");
        OverrideStage = OverrideStage.AwaitingSupervisor;
        return new SessionStep(Feedback.Info("override-supervisor", "Override: a supervisor scans their badge."),
            [Event(PackEventKind.OverrideRequested, code, State.ToString())]);
    }

    private SessionStep HandleOverride(ScanInput scan)
    {
        if (scan is CommandScan { Command: PackCommand.Cancel })
        {
            OverrideStage = OverrideStage.None;
            _supervisor = null;
            return new SessionStep(Feedback.Info("override-cancelled", "Override cancelled."), [Event(PackEventKind.OverrideRefused, scan.Code, "cancelled")]);
        }

        if (OverrideStage == OverrideStage.AwaitingSupervisor)
        {
            if (scan is RevokedBadgeScan revoked)
                return RefuseRevokedBadge(revoked.Code);
            if (scan is BadgeScan { Packer.IsSupervisor: true } badge)
            {
                _supervisor = badge.Packer;
                OverrideStage = OverrideStage.AwaitingReason;
                return new SessionStep(Feedback.Info("override-reason", $"{badge.Packer.Name}: scan a reason code."), []);
            }

            return Refuse(scan.Code, "supervisor-badge-needed", "Override needs a supervisor's badge (CANCEL to stop).");
        }

        if (scan is not ReasonScan reason)
            return Refuse(scan.Code, "reason-needed", "Scan a reason code from the command sheet (CANCEL to stop).");

        var supervisor = _supervisor!;
        OverrideStage = OverrideStage.None;
        _supervisor = null;
        var granted = Event(PackEventKind.OverrideGranted, reason.Code, $"{State} by {supervisor.Id}: {reason.Reason}");
        if (State == SessionState.Verifying)
        {
            foreach (var (sku, needed) in _needed)
                _verified[sku] = Math.Max(needed, _verified.GetValueOrDefault(sku));
            return AfterVerified(granted);
        }

        return ToLabel([granted], Feedback.Ok("override-granted", "Weight accepted by override."));
    }
}
