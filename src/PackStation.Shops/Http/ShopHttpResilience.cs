using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace PackStation.Shops.Http;

/// <summary>
/// The HTTP pipeline of a shop client: retries with exponential backoff and jitter that honour Retry-After, and a
/// timeout per attempt. Reads are retried on 429, 5xx, timeouts and dropped connections; writes only on 429
/// (the shop did nothing), because a write that timed out may have taken effect — the outbox decides those.
/// </summary>
public static class ShopHttpResilience
{
    public static IHttpClientBuilder AddShopResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureHttpClient((services, client) =>
        {
            client.MaxResponseContentBufferSize = services.GetRequiredService<IOptions<ShopHttpOptions>>().Value.MaxResponseBytes;
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.AddResilienceHandler("shop", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ShopHttpOptions>>().Value;
            if (options.MaxRetries == 0)
            {
                pipeline.AddTimeout(options.AttemptTimeout);
                return;
            }

            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, options.MaxRetryAfter)),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
            return true;
        var request = context.GetRequestMessage();
        return request is not null && ShopHttp.IsIdempotent(request) && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeSpan max)
    {
        if (outcome.Result is not { } response || ShopHttp.RetryAfter(response.Headers) is not { } wait)
            return null;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }
}
