using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PackStation.TestKit.Shops;

/// <summary>
/// An in-process Kestrel app on 127.0.0.1 (a free port) that plays a shop API over real HTTP. Faults can be queued
/// for requests whose path contains a given text; every request is counted.
/// </summary>
public abstract class FakeServer : IAsyncDisposable
{
    private readonly Lock _faultLock = new();
    private readonly List<(string PathPart, Fault Fault, int Skip)> _faults = [];
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Requests => _requests;

    public ConcurrentBag<string> Paths { get; } = [];

    /// <summary>Called with the request's number (from 1) and path before it is handled: to change the shop mid-sync.</summary>
    public Action<int, string>? OnRequest { get; set; }

    private int _requests;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRouting();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var number = Interlocked.Increment(ref _requests);
            Paths.Add(context.Request.Path + context.Request.QueryString);
            OnRequest?.Invoke(number, context.Request.Path.Value ?? "");
            if (!await ApplyFaultAsync(context, next))
                await next(context);
        });
        Map(app);
        await app.StartAsync();
        _app = app;
        BaseUrl = new Uri(app.Urls.First().Replace("127.0.0.1", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Queues <paramref name="count"/> faults for the next requests whose path contains <paramref name="pathPart"/>.</summary>
    public void Inject(string pathPart, Fault fault, int count = 1, int skip = 0)
    {
        lock (_faultLock)
        {
            for (var i = 0; i < count; i++)
                _faults.Add((pathPart, fault, i == 0 ? skip : 0));
        }
    }

    public int PendingFaults
    {
        get
        {
            lock (_faultLock)
                return _faults.Count;
        }
    }

    private Fault? NextFault(string path)
    {
        lock (_faultLock)
        {
            if (_faults.Count == 0 || !path.Contains(_faults[0].PathPart, StringComparison.Ordinal))
                return null;
            var head = _faults[0];
            if (head.Skip > 0)
            {
                _faults[0] = head with { Skip = head.Skip - 1 };
                return null;
            }

            _faults.RemoveAt(0);
            return head.Fault;
        }
    }

    protected abstract void Map(WebApplication app);

    private async Task<bool> ApplyFaultAsync(HttpContext context, RequestDelegate next)
    {
        switch (NextFault(context.Request.Path.Value ?? ""))
        {
            case Fault.Answer answer:
                context.Response.StatusCode = answer.Status;
                context.Response.ContentType = answer.ContentType;
                if (answer.RetryAfterSeconds is { } seconds)
                    context.Response.Headers["Retry-After"] = seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsync(answer.Body);
                return true;
            case Fault.DropBefore:
                context.Abort();
                return true;
            case Fault.DropAfter:
                var real = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await next(context);
                context.Response.Body = real;
                context.Abort();
                return true;
            case Fault.Stall stall:
                await Task.Delay(stall.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                context.Abort();
                return true;
            default:
                return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
