using PackStation.Domain.Events;
using PackStation.Domain.Orders;
using PackStation.Domain.Packers;
using PackStation.Domain.Packing.Actions;
using PackStation.Domain.Scanning;
using PackStation.Domain.Weighing;

namespace PackStation.Domain.Packing;

/// <summary>
/// The pack-session state machine of one station. It decides what every scan, weight and print result means and
/// returns the events to store and the feedback to show; it does no I/O. The station runtime performs the
/// <see cref="StepAction"/> of each step (claim, print, store) and reports back through <see cref="Start"/>,
/// <see cref="LabelPrinted"/> and <see cref="PrintFailed"/>: each of those returns a step of its own, never calls back.
/// </summary>
public sealed partial class PackSession(string stationId, PackSessionOptions options, TimeProvider clock)
{
    private readonly Dictionary<string, int> _verified = new(StringComparer.Ordinal);
    private readonly List<string> _parcels = [];
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private Dictionary<string, int> _needed = new(StringComparer.Ordinal);

    public string StationId { get; } = stationId ?? throw new ArgumentNullException(nameof(stationId));

    public PackSessionOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public SessionState State { get; private set; } = SessionState.LoggedOut;

    public OverrideStage OverrideStage { get; private set; } = OverrideStage.None;

    public Packer? Packer { get; private set; }

    public Order? Order { get; private set; }

    public WeightCheck? LastWeight { get; private set; }

    /// <summary>The order packed last at this station (until logout): what a REPRINT in Idle prints again.</summary>
    public PackedOrder? LastPacked => _lastCompleted?.Packed;

    public IReadOnlyDictionary<string, int> VerifiedUnits => _verified;

    public IReadOnlyList<string> TrackingNumbers => _parcels;

    public bool AllVerified => _needed.All(pair => _verified.GetValueOrDefault(pair.Key) >= pair.Value);

    public OrderProgress Progress => Order is null
        ? throw new InvalidOperationException("No order is being packed.")
        : new OrderProgress(Order.Id, new Dictionary<string, int>(_verified, StringComparer.Ordinal), _parcels.ToArray());

    /// <summary>The order of a state that always has one (verifying, weighing, labelling, confirming).</summary>
    private Order OpenOrder => Order ?? throw new InvalidOperationException($"Station {StationId} is {State} without an order.");

    private Packer? _supervisor;
    private CompleteOrder? _lastCompleted;

    /// <summary>Handles one classified scan in the current state.</summary>
    public SessionStep Handle(ScanInput scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (OverrideStage != OverrideStage.None)
            return HandleOverride(scan);

        return scan switch
        {
            BadgeScan badge => HandleBadge(badge),
            RevokedBadgeScan revoked => RefuseRevokedBadge(revoked.Code),
            CommandScan command => HandleCommand(command),
            ReasonScan reason => Refuse(reason.Code, "reason-not-expected", "A reason code is only scanned after an override."),
            CodeScan code => HandleCode(code),
            _ => throw new ArgumentOutOfRangeException(nameof(scan), scan, "Unknown scan kind."),
        };
    }

    /// <summary>Begins (or resumes) an order the runtime has claimed for this station.</summary>
    public SessionStep Start(Order order, OrderProgress? progress, string via)
    {
        ArgumentNullException.ThrowIfNull(order);
        RequireState(SessionState.Idle);
        Order = order;
        _needed = order.Lines.GroupBy(l => l.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        _verified.Clear();
        _parcels.Clear();
        _confirmed.Clear();
        LastWeight = null;
        if (progress is not null)
        {
            foreach (var (sku, units) in progress.VerifiedUnits)
                _verified[sku] = units;
            _parcels.AddRange(progress.TrackingNumbers);
        }

        if (Options.LabelTiming == LabelTiming.PrintedBeforePicking && _parcels.Count == 0 && order.Waybill is { } waybill)
            _parcels.Add(waybill);

        State = SessionState.Verifying;
        var kind = progress is null ? PackEventKind.OrderStarted : PackEventKind.OrderResumed;
        var started = Event(kind, code: via, detail: $"{order.Lines.Count} lines, {order.TotalUnits} units");
        var feedback = Feedback.Info("order-started", $"Order {order.Id}: scan {order.TotalUnits} item(s).")
            with { Args = FeedbackArgs.Of(("order", order.Id), ("units", FeedbackArgs.Number(order.TotalUnits))) };
        if (AllVerified)
            return AfterVerified(started);
        return new SessionStep(feedback, [started]);
    }

    /// <summary>The order the scan named could not be claimed (unknown, packed elsewhere, on hold).</summary>
    public SessionStep StartRefused(string code, string reason) =>
        Refuse(code, "order-unavailable", reason);

    private SessionStep HandleBadge(BadgeScan badge)
    {
        if (Packer?.Id == badge.Packer.Id)
            return new SessionStep(Feedback.Info("already-logged-in", $"{badge.Packer.Name} is already logged in.")
                with { Args = FeedbackArgs.Of(("name", badge.Packer.Name)) }, []);
        if (State is not (SessionState.LoggedOut or SessionState.Idle))
            return Refuse(badge.Code, "finish-order-first", "Finish, hold or cancel this order before another packer logs in.");

        var events = new List<PackEvent>();
        if (Packer is not null)
            events.Add(Event(PackEventKind.LoggedOut, detail: "replaced by " + badge.Packer.Id));
        Packer = badge.Packer;
        State = SessionState.Idle;
        events.Add(Event(PackEventKind.LoggedIn, badge.Code, badge.Packer.Name));
        return new SessionStep(Feedback.Ok("logged-in", $"Hello {badge.Packer.Name}: scan an order or NEXT.")
            with { Args = FeedbackArgs.Of(("name", badge.Packer.Name)) }, events);
    }

    private SessionStep RefuseRevokedBadge(string code) =>
        Refuse(code, "badge-revoked", "This badge is no longer valid: ask a supervisor for your new badge.");

    private SessionStep HandleCode(CodeScan scan) => State switch
    {
        SessionState.LoggedOut => Refuse(scan.Code, "badge-first", "Scan your badge first."),
        SessionState.Idle => new SessionStep(Feedback.Info("claiming", $"Looking up {scan.Code}…") with { Args = FeedbackArgs.Of(("code", scan.Code)) },
            [], new ClaimScannedOrder(scan.Code)),
        SessionState.Verifying => ScanItem(scan),
        SessionState.Confirming => ScanLabel(scan.Code),
        SessionState.Weighing when scan.Item is not null => Refuse(scan.Code, "already-verified", "All items are verified: put the parcel on the scale."),
        SessionState.Weighing => Refuse(scan.Code, "weigh-first", "Put the parcel on the scale."),
        _ => Refuse(scan.Code, "busy-labelling", "The label is printing: wait for it."),
    };

    private SessionStep ScanItem(CodeScan scan)
    {
        if (scan.Item is not { } item)
            return Exception(PackEventKind.UnknownBarcode, scan.Code, "unknown-barcode", $"Unknown barcode {scan.Code}.",
                args: FeedbackArgs.Of(("code", scan.Code)));
        var title = item.Title ?? OpenOrder.Lines.FirstOrDefault(l => l.Sku == item.Sku)?.Title ?? item.Sku;
        if (!_needed.TryGetValue(item.Sku, out var needed))
            return Exception(PackEventKind.WrongItem, scan.Code, "wrong-item", $"Wrong item: {title} ({item.Sku}) is not in order {OpenOrder.Id}.", item.Units,
                FeedbackArgs.Of(("sku", item.Sku), ("title", title), ("order", OpenOrder.Id)));

        var have = _verified.GetValueOrDefault(item.Sku);
        if (have + item.Units > needed)
            return Exception(PackEventKind.SurplusItem, scan.Code, "surplus-item", $"Too many {title} ({item.Sku}): {needed} ordered, {have} already scanned, this adds {item.Units}.", item.Units,
                FeedbackArgs.Of(("sku", item.Sku), ("title", title), ("needed", FeedbackArgs.Number(needed)), ("have", FeedbackArgs.Number(have)),
                    ("units", FeedbackArgs.Number(item.Units))));

        _verified[item.Sku] = have + item.Units;
        var accepted = Event(PackEventKind.ItemAccepted, scan.Code, $"{item.Sku} {have + item.Units}/{needed}", item.Units);
        var feedback = Feedback.Ok("item-accepted", $"{item.Sku}: {have + item.Units} of {needed}.") with
        {
            Args = FeedbackArgs.Of(("sku", item.Sku), ("title", title), ("have", FeedbackArgs.Number(have + item.Units)), ("needed", FeedbackArgs.Number(needed))),
        };
        return AllVerified ? AfterVerified(accepted) : new SessionStep(feedback, [accepted]);
    }

    /// <summary>Moves on from a fully verified order: to the scale, or straight to the label.</summary>
    private SessionStep AfterVerified(PackEvent cause)
    {
        var verified = Event(PackEventKind.AllVerified);
        if (Options.RequireWeighing)
        {
            State = SessionState.Weighing;
            return new SessionStep(Feedback.Ok("all-verified", "All items verified: put the parcel on the scale."), [cause, verified]);
        }

        return ToLabel([cause, verified], Feedback.Ok("all-verified", "All items verified."));
    }

    private SessionStep Exception(PackEventKind kind, string? code, string feedbackCode, string message, int units = 0,
        IReadOnlyDictionary<string, string>? args = null) =>
        new(Feedback.Error(feedbackCode, message) with { Args = args ?? FeedbackArgs.Of() }, [Event(kind, code, message, units)]);

    private SessionStep Refuse(string code, string feedbackCode, string message) =>
        new(Feedback.Error(feedbackCode, message), [Event(PackEventKind.ScanRefused, code, message)]);

    private void RequireState(SessionState expected)
    {
        if (State != expected)
            throw new InvalidOperationException($"Station {StationId} is {State}, not {expected}.");
    }

    private PackEvent Event(PackEventKind kind, string? code = null, string? detail = null, int units = 0) =>
        new(clock.GetUtcNow(), StationId, Packer?.Id, Order?.Id, kind, code, detail, units);
}
