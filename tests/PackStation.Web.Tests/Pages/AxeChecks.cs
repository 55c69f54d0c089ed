using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PackStation.Web.Tests.Pages;

/// <summary>axe-core (Deque's engine, injected by Deque.AxeCore.Playwright) with the WCAG 2.1 A and AA rules.</summary>
public static class AxeChecks
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>The critical and serious violations, one line each with the rule, the impact and where.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        return result.Violations
            .Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Length}x): {v.Help} — e.g. {string.Join(" ", v.Nodes.First().Target)}")
            .ToList();
    }
}
