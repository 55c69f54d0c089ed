using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// The platforms' print-component WebSocket protocol (Cainiao CNPrintClient; Pinduoduo's and Douyin's share it):
/// JSON requests with the header <c>cmd</c>, <c>requestID</c>, <c>version</c> "1.0"; replies echo <c>cmd</c> and
/// <c>requestID</c> with <c>status</c> "success" or "failed" and <c>msg</c>; a task's outcome arrives later as
/// <c>notifyPrintResult</c> (<c>PrintResultNotify</c> on Pinduoduo) with <c>taskID</c>, <c>taskStatus</c> and a
/// per-document <c>printStatus</c>. Pure: builds request text and reads messages; the connection is
/// <see cref="PrintComponentClient"/>'s. See docs/taobao.md "The print component protocol".
/// </summary>
public static class ComponentProtocol
{
    public const string Version = "1.0";
    public static readonly string[] ResultCommands = ["notifyPrintResult", "PrintResultNotify"];

    public static string GetPrinters(string requestId) => Header("getPrinters", requestId).ToJsonString();

    public static string GetTaskStatus(string requestId, IReadOnlyList<string> taskIds)
    {
        var request = Header("getTaskStatus", requestId);
        request["taskID"] = new JsonArray(taskIds.Select(t => (JsonNode)t).ToArray());
        return request.ToJsonString();
    }

    /// <summary>A <c>print</c> request with one document; <see cref="ComponentTask.ContentsJson"/> must be a JSON array.</summary>
    public static string Print(string requestId, string printer, ComponentTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var contents = JsonNode.Parse(task.ContentsJson) as JsonArray
            ?? throw new ArgumentException("A document's contents must be a JSON array.", nameof(task));
        var request = Header("print", requestId);
        request["task"] = new JsonObject
        {
            ["taskID"] = task.TaskId,
            ["preview"] = false,
            ["printer"] = printer,
            ["previewType"] = "pdf",
            ["firstDocumentNumber"] = 1,
            ["totalDocumentCount"] = 1,
            ["documents"] = new JsonArray(new JsonObject { ["documentID"] = task.DocumentId, ["contents"] = contents }),
        };
        return request.ToJsonString();
    }

    /// <summary>Reads one message; throws <see cref="ComponentProtocolException"/> for text that is not the protocol (never quoting it).</summary>
    public static ComponentMessage Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ComponentProtocolException($"the component sent {utf8.Length} bytes that are not JSON", e);
        }

        if (root.ValueKind != JsonValueKind.Object || Text(root, "cmd") is not { Length: > 0 } cmd)
            throw new ComponentProtocolException("the component sent a message without \"cmd\"");
        if (ResultCommands.Contains(cmd, StringComparer.Ordinal))
        {
            var taskId = Text(root, "taskID") ?? throw new ComponentProtocolException($"{cmd} without \"taskID\"");
            return new ComponentMessage.Result(StatusOf(taskId, root));
        }

        if (Text(root, "requestID") is not { } requestId)
            return new ComponentMessage.Other(cmd);
        var status = Text(root, "status");
        return new ComponentMessage.Reply(cmd, requestId, status is null or "success", Text(root, "msg"), root);
    }

    /// <summary>The printers of a <c>getPrinters</c> reply.</summary>
    public static IReadOnlyList<ComponentPrinterInfo> Printers(JsonElement reply)
    {
        var fallback = Text(reply, "defaultPrinter");
        if (!reply.TryGetProperty("printers", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new ComponentProtocolException("getPrinters answered without a \"printers\" list");
        return list.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object && Text(p, "name") is not null)
            .Select(p => new ComponentPrinterInfo(Text(p, "name")!, Text(p, "status") is null or "enable", Text(p, "name") == fallback))
            .ToList();
    }

    /// <summary>The task states of a <c>getTaskStatus</c> reply; tasks it does not list are <see cref="ComponentTaskState.Unknown"/>.</summary>
    public static IReadOnlyList<ComponentTaskStatus> TaskStatuses(JsonElement reply, IReadOnlyList<string> asked)
    {
        var known = new Dictionary<string, ComponentTaskStatus>(StringComparer.Ordinal);
        if (reply.TryGetProperty("printStatus", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                if (Text(entry, "taskID") is { } id)
                    known[id] = StatusOf(id, entry);
            }
        }

        return asked.Select(id => known.TryGetValue(id, out var s) ? s : new ComponentTaskStatus(id, ComponentTaskState.Unknown)).ToList();
    }

    private static ComponentTaskStatus StatusOf(string taskId, JsonElement element)
    {
        var documents = DocumentStatuses(element).ToList();
        var taskStatus = Text(element, "taskStatus") ?? Text(element, "status");
        var failed = documents.FirstOrDefault(d => d.Status is "failed" or "error");
        var message = failed.Message ?? Text(element, "msg") ?? documents.Select(d => d.Message).FirstOrDefault(m => m is not null);
        var state = taskStatus switch
        {
            "printed" => failed.Status is null ? ComponentTaskState.Printed : ComponentTaskState.Failed,
            "failed" or "error" => ComponentTaskState.Failed,
            "success" when documents.Count == 0 => ComponentTaskState.Printed,
            null when documents.Count > 0 => failed.Status is not null ? ComponentTaskState.Failed
                : documents.All(d => d.Status is "success" or "printed") ? ComponentTaskState.Printed : ComponentTaskState.Pending,
            _ => failed.Status is not null ? ComponentTaskState.Failed : ComponentTaskState.Pending,
        };
        return new ComponentTaskStatus(taskId, state, message);
    }

    private static IEnumerable<(string? Status, string? Message)> DocumentStatuses(JsonElement element)
    {
        foreach (var name in new[] { "printStatus", "detailStatus" })
        {
            if (element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var d in list.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object))
                    yield return (Text(d, "status"), Text(d, "msg") is { Length: > 0 } m ? m : null);
            }
        }
    }

    private static JsonObject Header(string cmd, string requestId) => new()
    {
        ["cmd"] = cmd,
        ["requestID"] = requestId,
        ["version"] = Version,
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>UTF-8 bytes of a request, for the socket.</summary>
    public static byte[] Bytes(string request) => Encoding.UTF8.GetBytes(request);
}
